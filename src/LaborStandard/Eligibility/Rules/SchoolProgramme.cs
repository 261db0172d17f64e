namespace LaborStandard.Eligibility.Rules;

/// <summary>The programme of a candidate's enrolment.</summary>
public enum SchoolProgramme
{
    /// <summary>A regular programme.</summary>
    Regular = 1,

    /// <summary>技师班 — a technician class (of a technical school).</summary>
    TechnicianClass = 2,
}
