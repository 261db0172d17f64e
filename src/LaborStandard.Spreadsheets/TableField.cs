namespace LaborStandard.Spreadsheets;

/// <summary>
/// A fact a column of a candidate table gives. Each field has a Chinese header, an English one and aliases (see the
/// guide "Screening a spreadsheet"); a column map (<see cref="ColumnMap"/>) can give it any other name.
/// </summary>
public enum TableField
{
    /// <summary>编号 — the candidate's id (报名号, 申报编号 …); rows with the same id, one after another, are one candidate.</summary>
    Id = 1,

    /// <summary>学历 — the highest education (本科, 大专, 高中 …).</summary>
    Education,

    /// <summary>学历取得日期 — when the education was obtained.</summary>
    EducationObtainedOn,

    /// <summary>同等学力 — whether the education is by equivalent attainment (是/否).</summary>
    Equivalent,

    /// <summary>相关职业编码 — the occupations recognised as related for this candidate, several codes in one cell.</summary>
    RelatedOccupations,

    /// <summary>工作职业编码 — the occupation of a period of work.</summary>
    WorkOccupationCode,

    /// <summary>工作开始日期 — the first day of a period of work.</summary>
    WorkFrom,

    /// <summary>工作结束日期 — the last day of a period of work; blank while it goes on.</summary>
    WorkTo,

    /// <summary>证书职业编码 — the occupation of a certificate.</summary>
    CertificateOccupationCode,

    /// <summary>证书等级 — the level of a certificate (四级, 中级工, 4 …).</summary>
    CertificateLevel,

    /// <summary>证书类别 — 职业资格证书 or 职业技能等级证书.</summary>
    CertificateKind,

    /// <summary>发证日期 — the issue date of a certificate.</summary>
    CertificateIssuedOn,

    /// <summary>培训职业编码 — the occupation of a preparatory training.</summary>
    TrainingOccupationCode,

    /// <summary>培训等级 — the level of a preparatory training.</summary>
    TrainingLevel,

    /// <summary>培训学时 — the standard hours of a preparatory training completed.</summary>
    TrainingHours,

    /// <summary>结业证书日期 — the date of a training's completion certificate; blank when none was obtained.</summary>
    TrainingCompletedOn,

    /// <summary>院校类型 — 技工院校 or 职业院校.</summary>
    SchoolKind,

    /// <summary>班别 — 普通班 or 技师班; blank means 普通班.</summary>
    SchoolProgramme,

    /// <summary>毕业日期 — the date of graduation, actual or expected.</summary>
    GraduationDate,

    /// <summary>毕业状态 — whether the candidate has graduated (已毕业/在读, 是/否); without the column a graduation date counts as graduated.</summary>
    Graduated,

    /// <summary><c>work</c> — the tool's own CSV dialect: periods of work, <c>;</c>-separated, each <c>code from [to]</c>.</summary>
    WorkEntries,

    /// <summary><c>certificates</c> — the tool's own CSV dialect: <c>code level kind issuedOn</c> entries.</summary>
    CertificateEntries,

    /// <summary><c>trainings</c> — the tool's own CSV dialect: <c>code level hours [completionCertificateOn]</c> entries.</summary>
    TrainingEntries,

    /// <summary><c>schooling</c> — the tool's own CSV dialect: <c>kind programme graduationDate graduated|expected</c> entries.</summary>
    SchoolEntries,

    /// <summary><c>unknown</c> — the tool's own CSV dialect: the groups of facts that are not known.</summary>
    UnknownFacts,
}
