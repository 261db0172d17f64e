namespace LaborStandard.Model;

/// <summary>The assessment staff of clause 1.9.3.</summary>
public enum StaffRole
{
    /// <summary>监考人员 — a proctor of the theory examination.</summary>
    Proctor = 1,

    /// <summary>考评人员 — an evaluator of the skill assessment.</summary>
    Evaluator = 2,
}
