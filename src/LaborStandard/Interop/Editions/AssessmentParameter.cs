namespace LaborStandard.Interop.Editions;

/// <summary>A figure of clause 1.9 that an <see cref="AssessmentParameterChange"/> reports.</summary>
public enum AssessmentParameter
{
    /// <summary>1.9.2, the full marks of each part (百分制).</summary>
    FullMarks = 1,

    /// <summary>1.9.2, the lowest passing score.</summary>
    PassMark,

    /// <summary>1.9.3, who staffs an assessment (proctors or evaluators).</summary>
    StaffRole,

    /// <summary>1.9.3, the candidates per member of staff (15 for 1:15).</summary>
    CandidatesPerStaff,

    /// <summary>1.9.3, the least number of staff.</summary>
    MinimumStaff,

    /// <summary>1.9.3, what the minimum applies to (each room, the assessment).</summary>
    StaffingScope,

    /// <summary>1.9.3, whether the number of staff must be odd.</summary>
    OddStaffCount,

    /// <summary>1.9.4, the least duration in minutes.</summary>
    MinimumMinutes,
}
