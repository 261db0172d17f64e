namespace LaborStandard.Eligibility;

/// <summary>
/// The groups of facts of a candidate profile. A profile names the groups its caller does not know; a condition that
/// needs an unknown group, and cannot be decided from what is known, is indeterminate rather than false.
/// </summary>
[Flags]
public enum CandidateFacts
{
    /// <summary>Every group is known.</summary>
    None = 0,

    /// <summary>The highest education (学历).</summary>
    Education = 1,

    /// <summary>School enrolments (技工院校/职业院校 and their graduation).</summary>
    Schooling = 2,

    /// <summary>Certificates held (职业资格证书, 职业技能等级证书).</summary>
    Certificates = 4,

    /// <summary>Preparatory trainings (预备培训) and their completion certificates.</summary>
    Trainings = 8,

    /// <summary>The work history (工作经历).</summary>
    WorkHistory = 16,

    /// <summary>Every group.</summary>
    All = Education | Schooling | Certificates | Trainings | WorkHistory,
}
