namespace LaborStandard.Eligibility.Rules;

/// <summary>学历 — the highest education of a candidate, in ascending order (clause 1.9.1 compares against it).</summary>
public enum EducationLevel
{
    /// <summary>初中 — junior middle school.</summary>
    JuniorMiddleSchool = 1,

    /// <summary>高中/中专/技校 — senior secondary: senior high school, secondary vocational or technical school.</summary>
    SeniorSecondary = 2,

    /// <summary>大专 (大学专科) — junior college (associate degree).</summary>
    JuniorCollege = 3,

    /// <summary>本科 (大学本科) — bachelor's degree.</summary>
    Bachelor = 4,

    /// <summary>硕士 — master's degree.</summary>
    Master = 5,

    /// <summary>博士 — doctorate.</summary>
    Doctorate = 6,
}
