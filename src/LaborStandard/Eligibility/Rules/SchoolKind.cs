namespace LaborStandard.Eligibility.Rules;

/// <summary>The kind of school of a candidate's enrolment.</summary>
public enum SchoolKind
{
    /// <summary>技工院校 — a technical school (技工学校, 高级技工学校, 技师学院).</summary>
    TechnicalSchool = 1,

    /// <summary>职业院校 — a vocational school or college.</summary>
    VocationalSchool = 2,
}
