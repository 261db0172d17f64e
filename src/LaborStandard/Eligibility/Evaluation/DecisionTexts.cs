using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>The words explanations are made of, in both languages, in one place; fixed words are made once and shared.</summary>
internal static class DecisionTexts
{
    /// <summary>The name of the shipped rules that accept skill level certificates too (Standards.SkillLevelCertificateRulesName), which an explanation names.</summary>
    public const string SkillLevelRulesName = "skill-level-certificates";

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

    private static readonly (CandidateFacts Group, LocalizedText Name)[] Groups =
    [
        (CandidateFacts.Education, new("学历", "education")),
        (CandidateFacts.Schooling, new("就读院校", "school enrolments")),
        (CandidateFacts.Certificates, new("证书", "certificates")),
        (CandidateFacts.Trainings, new("预备培训", "preparatory trainings")),
        (CandidateFacts.WorkHistory, new("工作经历", "work history")),
    ];

    // Every combination of the five groups, named once: screening names the facts it lacks for millions of candidates.
    private static readonly LocalizedText[] FactNames = [.. Enumerable.Range(0, (int)CandidateFacts.All + 1).Select(f => NameFacts((CandidateFacts)f))];

    private static readonly LocalizedText[] NotKnownTexts = [.. Enumerable.Range(0, (int)CandidateFacts.All + 1).Select(f => SayNotKnown((CandidateFacts)f))];

    /// <summary>The names of groups of facts, joined: 、 in Chinese, commas and "and" in English.</summary>
    public static LocalizedText Facts(CandidateFacts facts) => FactNames[(int)(facts & CandidateFacts.All)];

    /// <summary>That groups of facts are not known, as a sentence: "预备培训、就读院校情况未知。" / "the preparatory trainings and school enrolments are not known."</summary>
    public static LocalizedText NotKnown(CandidateFacts facts) => NotKnownTexts[(int)(facts & CandidateFacts.All)];

    private static LocalizedText NameFacts(CandidateFacts facts)
    {
        if (facts == CandidateFacts.None)
        {
            return new LocalizedText("所需事实", "the facts it needs");
        }

        var names = Groups.Where(g => (facts & g.Group) != 0).Select(g => g.Name).ToList();
        return new LocalizedText(List(names.Select(n => n.Chinese).ToList(), "、"), List(names.Select(n => n.English).ToList(), ", ", " and "));
    }

    private static LocalizedText SayNotKnown(CandidateFacts facts)
    {
        if (facts == CandidateFacts.None)
        {
            return new LocalizedText("所需事实未知。", "a fact it needs is not known.");
        }

        var names = NameFacts(facts);
        var singular = facts is CandidateFacts.Education or CandidateFacts.WorkHistory;
        return new LocalizedText(names.Chinese + "情况未知。", "the " + names.English + (singular ? " is" : " are") + " not known.");
    }

    /// <summary>Items joined by a separator (and, in English, the last pair by <paramref name="lastSeparator"/>).</summary>
    public static string List(IReadOnlyList<string> items, string separator, string? lastSeparator = null)
        => items.Count <= 1 || lastSeparator is null
            ? string.Join(separator, items)
            : string.Join(separator, items.Take(items.Count - 1)) + lastSeparator + items[^1];

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string Date(DateOnly date) => IsoDate.ToString(date);

    public static string Date(int day) => Date(DateOnly.FromDayNumber(day));

    private static readonly LocalizedText NotThisOccupation = new("不是本职业，不计", "not this occupation, does not count");

    private static readonly LocalizedText NotRelated = new(
        "不是本职业，也未认定为相关职业，不计（如属相关职业，请在申报人资料的相关职业编码 relatedOccupations 中列出）",
        "not this occupation, nor one recognised as related, does not count (if it is related, list it in the candidate's relatedOccupations)");

    public static LocalizedText Scope(OccupationScope scope) => scope == OccupationScope.ThisOccupation ? ThisOccupation : RelatedOccupations;

    /// <summary>Why work or a certificate in another occupation does not count, and, where a related one would, how to declare it.</summary>
    public static LocalizedText OutOfScope(OccupationScope scope) => scope == OccupationScope.ThisOccupation ? NotThisOccupation : NotRelated;

    public static LocalizedText Education(EducationLevel level)
        => level is >= EducationLevel.JuniorMiddleSchool and <= EducationLevel.Doctorate ? Educations[(int)level - 1] : Educations[^1];

    public static LocalizedText Certificate(CertificateKind kind) => kind == CertificateKind.VocationalQualification ? VocationalQualification : SkillLevelCertificate;

    public static LocalizedText School(SchoolKind kind) => kind == SchoolKind.TechnicalSchool ? TechnicalSchool : VocationalSchool;

    /// <summary>One text followed by another, in both languages.</summary>
    public static LocalizedText Then(LocalizedText first, LocalizedText second) => new(first.Chinese + second.Chinese, first.English + second.English);

    public static LocalizedText Join(LocalizedText first, string separatorZh, string separatorEn, LocalizedText second)
        => new(first.Chinese + separatorZh + second.Chinese, first.English + separatorEn + second.English);

    /// <summary>What a fact is, followed by why it does not count (or when it will), if it does not.</summary>
    public static LocalizedText Described(string chinese, string english, LocalizedText? why)
        => why is null ? new LocalizedText(chinese, english) : new LocalizedText(chinese + "：" + why.Chinese, english + ": " + why.English);

    public static LocalizedText Years(int years) => new(string.Create(CultureInfo.InvariantCulture, $"{years} 年"), string.Create(CultureInfo.InvariantCulture, $"{years} {(years == 1 ? "year" : "years")}"));
}
