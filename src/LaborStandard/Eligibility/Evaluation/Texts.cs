using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>The words explanations are made of, in both languages, in one place.</summary>
internal static class Texts
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(int day) => Date(DateOnly.FromDayNumber(day));

    public static LocalizedText Scope(OccupationScope scope) => scope == OccupationScope.ThisOccupation
        ? new LocalizedText("本职业", "this occupation")
        : new LocalizedText("本职业或相关职业", "this or a related occupation");

    public static LocalizedText Education(EducationLevel level) => level switch
    {
        EducationLevel.JuniorMiddleSchool => new LocalizedText("初中", "junior middle school"),
        EducationLevel.SeniorSecondary => new LocalizedText("高中/中专/技校", "senior secondary school"),
        EducationLevel.JuniorCollege => new LocalizedText("大专", "junior college"),
        EducationLevel.Bachelor => new LocalizedText("本科", "bachelor's degree"),
        EducationLevel.Master => new LocalizedText("硕士", "master's degree"),
        _ => new LocalizedText("博士", "doctorate"),
    };

    public static LocalizedText Certificate(CertificateKind kind) => kind == CertificateKind.VocationalQualification
        ? new LocalizedText("职业资格证书", "vocational qualification certificate")
        : new LocalizedText("职业技能等级证书", "vocational skill level certificate");

    public static LocalizedText School(SchoolKind kind) => kind == SchoolKind.TechnicalSchool
        ? new LocalizedText("技工院校", "technical school")
        : new LocalizedText("职业院校", "vocational school");

    public static LocalizedText Join(LocalizedText first, string separatorZh, string separatorEn, LocalizedText second)
        => new(first.Chinese + separatorZh + second.Chinese, first.English + separatorEn + second.English);

    public static LocalizedText Years(int years) => new(string.Create(CultureInfo.InvariantCulture, $"{years} 年"), string.Create(CultureInfo.InvariantCulture, $"{years} {(years == 1 ? "year" : "years")}"));
}
