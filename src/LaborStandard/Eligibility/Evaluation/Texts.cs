using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>The words explanations are made of, in both languages, in one place; fixed words are made once and shared.</summary>
internal static class Texts
{
    private static readonly LocalizedText ThisOccupation = new("本职业", "this occupation");
    private static readonly LocalizedText RelatedOccupations = new("本职业或相关职业", "this or a related occupation");
    private static readonly LocalizedText VocationalQualification = new("职业资格证书", "vocational qualification certificate");
    private static readonly LocalizedText SkillLevelCertificate = new("职业技能等级证书", "vocational skill level certificate");
    private static readonly LocalizedText TechnicalSchool = new("技工院校", "technical school");
    private static readonly LocalizedText VocationalSchool = new("职业院校", "vocational school");

    private static readonly LocalizedText[] Educations =
    [
        new("初中", "junior middle school"),
        new("高中/中专/技校", "senior secondary school"),
        new("大专", "junior college"),
        new("本科", "bachelor's degree"),
        new("硕士", "master's degree"),
        new("博士", "doctorate"),
    ];

    /// <summary>A date as <c>yyyy-MM-dd</c>, written digit by digit rather than through a format string.</summary>
    public static string Date(DateOnly date)
    {
        date.Deconstruct(out var year, out var month, out var day);
        return string.Create(10, (year, month, day), static (chars, d) =>
        {
            Digits(chars[..4], d.year); // years 1 to 9999, zero-padded as "yyyy" pads them
            chars[4] = '-';
            Digits(chars.Slice(5, 2), d.month);
            chars[7] = '-';
            Digits(chars.Slice(8, 2), d.day);
        });
    }

    public static string Date(int day) => Date(DateOnly.FromDayNumber(day));

    public static LocalizedText Scope(OccupationScope scope) => scope == OccupationScope.ThisOccupation ? ThisOccupation : RelatedOccupations;

    public static LocalizedText Education(EducationLevel level)
        => level is >= EducationLevel.JuniorMiddleSchool and <= EducationLevel.Doctorate ? Educations[(int)level - 1] : Educations[^1];

    public static LocalizedText Certificate(CertificateKind kind) => kind == CertificateKind.VocationalQualification ? VocationalQualification : SkillLevelCertificate;

    public static LocalizedText School(SchoolKind kind) => kind == SchoolKind.TechnicalSchool ? TechnicalSchool : VocationalSchool;

    public static LocalizedText Join(LocalizedText first, string separatorZh, string separatorEn, LocalizedText second)
        => new(first.Chinese + separatorZh + second.Chinese, first.English + separatorEn + second.English);

    /// <summary>What a fact is, followed by why it does not count (or when it will), if it does not.</summary>
    public static LocalizedText Described(string chinese, string english, LocalizedText? why)
        => why is null ? new LocalizedText(chinese, english) : new LocalizedText(chinese + "：" + why.Chinese, english + ": " + why.English);

    public static LocalizedText Years(int years) => new(string.Create(CultureInfo.InvariantCulture, $"{years} 年"), string.Create(CultureInfo.InvariantCulture, $"{years} {(years == 1 ? "year" : "years")}"));

    private static void Digits(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
