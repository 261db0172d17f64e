namespace LaborStandard.Model;

/// <summary>What a staffing minimum of clause 1.9.3 applies to.</summary>
public enum StaffingScope
{
    /// <summary>Each examination room (每个考场): the theory examination's proctors.</summary>
    PerRoom = 1,

    /// <summary>The assessment as a whole (a panel): the skill assessment's evaluators.</summary>
    PerAssessment = 2,
}
