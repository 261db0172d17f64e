namespace LaborStandard.Assessment;

/// <summary>
/// The clauses of the national template that the assessment rules rest on, as every result and violation cites them.
/// </summary>
/// <remarks>
/// These are the numbers of the template's sections, the same in every standard written to it; the figures those
/// sections set (60 points, 1:15, 90 minutes …) are never here: they are read from the <c>OccupationalStandard</c>.
/// The weight tables' clauses (4.1, 4.2) are read from the tables themselves. This type is thread-safe.
/// </remarks>
public static class AssessmentClauses
{
    /// <summary>1.8 培训参考学时 — the standard training hours of each level.</summary>
    public const string TrainingHours = "1.8";

    /// <summary>1.9.2 鉴定方式 — the kinds of assessment and their scoring (百分制, 60 分（含）以上为合格).</summary>
    public const string Scoring = "1.9.2";

    /// <summary>1.9.3 监考人员、考评人员与考生配比 — the ratio of proctors and evaluators to candidates.</summary>
    public const string Staffing = "1.9.3";

    /// <summary>1.9.4 鉴定时间 — the minimum duration of each kind of assessment.</summary>
    public const string Durations = "1.9.4";

    /// <summary>1.9.5 鉴定场所设备 — a venue whose area suits the number of candidates.</summary>
    public const string Venue = "1.9.5";
}
