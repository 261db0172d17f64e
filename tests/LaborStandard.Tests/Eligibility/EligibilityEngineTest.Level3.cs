using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// 1.9.1 三级: (1) after a 四级 职业资格证书 of this occupation, one year's continuous work in it and the 三级 preparatory
/// training (80 hours, 1.8) with its certificate; (2) after that certificate, two years' continuous work in this occupation;
/// (3) a technician-class graduate of a technical school with one year's continuous work in related occupations;
/// (4) a bachelor's degree (equivalent included) with one year's continuous work in related occupations.
/// </summary>
public partial class EligibilityEngineTest
{
    private static readonly EligibilityEngine RelatedEngine = new(Standards.Embedded, Standards.EmbeddedRules, new EligibilityOptions([Other]));

    private static readonly Dictionary<string, (CandidateProfile Profile, Verdict Verdict, string[] Holding)> Level3Cases = new()
    {
        ["(1) certificate, one year after it, training of 80 hours"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2025-11-30")], trainings: [Training(3, 80, "2026-10-01")]), Verdict.Eligible, ["三级（1）"]),
        ["(1) one year after the certificate less a day"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2025-12-01")], trainings: [Training(3, 80, "2026-10-01")]), Verdict.NotEligible, []),
        ["(1) training one hour short"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2025-01-01")], trainings: [Training(3, 79, "2026-10-01")]), Verdict.NotEligible, []),
        ["(1) work before the certificate does not count"] = (Profile(work: [Work("2015-01-01", "2025-06-30")], certificates: [Cert(4, "2025-06-01")], trainings: [Training(3, 80, "2026-10-01")]), Verdict.NotEligible, []),
        ["(2) two years after the certificate, to the day"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2024-11-30")]), Verdict.Eligible, ["三级（2）"]),
        ["(2) two years after the certificate less a day"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2024-12-01")]), Verdict.NotEligible, []),
        ["(2) a certificate of another occupation"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2020-01-01", occupation: Other)]), Verdict.NotEligible, []),
        ["(2) a 职业技能等级证书, not the 职业资格证书 the clause names"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2020-01-01", CertificateKind.SkillLevel)]), Verdict.NotEligible, []),
        ["(2) a 三级 certificate, not 四级"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(3, "2020-01-01")]), Verdict.NotEligible, []),
        ["(2) the earliest of two certificates counts"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2026-01-01"), Cert(4, "2023-01-01")]), Verdict.Eligible, ["三级（2）"]),
        ["(3) technician class graduate, one year in this occupation"] = (Profile(work: [Work("2025-07-01")], schooling: [TechnicianClass("2025-06-30")]), Verdict.Eligible, ["三级（3）"]),
        ["(3) technician class graduate, one year in another occupation not configured as related"] = (Profile(work: [Work("2025-07-01", occupation: Other)], schooling: [TechnicianClass("2025-06-30")]), Verdict.NotEligible, []),
        ["(3) a technician class graduation after the as-of date"] = (Profile(work: [Work("2020-01-01")], schooling: [TechnicianClass("2027-06-30", hasGraduated: false)]), Verdict.NotEligible, []),
        ["(4) bachelor, one year in this occupation, to the day"] = (Profile(Education(EducationLevel.Bachelor), work: [Work("2025-11-30")]), Verdict.Eligible, ["三级（4）"]),
        ["(4) bachelor by equivalent attainment"] = (Profile(Education(EducationLevel.Bachelor, equivalent: true), work: [Work("2025-11-29")]), Verdict.Eligible, ["三级（4）"]),
        ["(4) master's degree counts as at least a bachelor's"] = (Profile(Education(EducationLevel.Master), work: [Work("2025-11-29")]), Verdict.Eligible, ["三级（4）"]),
        ["(4) bachelor, one year less a day"] = (Profile(Education(EducationLevel.Bachelor), work: [Work("2025-12-01")]), Verdict.NotEligible, []),
        ["(4) junior college is not enough"] = (Profile(Education(EducationLevel.JuniorCollege), work: [Work("2020-01-01")]), Verdict.NotEligible, []),
    };

    public static TheoryData<string> Level3CaseNames => [.. Level3Cases.Keys];

    [Theory]
    [MemberData(nameof(Level3CaseNames))]
    public void Level_3_application_conditions(string name)
    {
        var (profile, verdict, holding) = Level3Cases[name];

        var decision = Engine.Evaluate(profile, SkillLevel.Level3, AsOf);

        decision.Verdict.Should().Be(verdict, decision.Explain());
        decision.HoldingAlternatives.Select(a => a.Condition.Item).Should().Equal(holding);
        Engine.Check(profile, SkillLevel.Level3, AsOf).Should().Be(verdict);
        decision.Alternatives.Select(a => a.Condition.Item).Should().Equal("三级（1）", "三级（2）", "三级（3）", "三级（4）");
    }

    [Fact]
    public void Related_occupations_are_the_caller_s_and_count_only_where_the_clause_says_相关职业()
    {
        var graduate = Profile(work: [Work("2025-07-01", occupation: Other)], schooling: [TechnicianClass("2025-06-30")]);
        var worker = Profile(work: [Work("2020-01-01", occupation: Other)]);

        RelatedEngine.Check(graduate, SkillLevel.Level3, AsOf).Should().Be(Verdict.Eligible, "三级（3） counts 相关职业");
        RelatedEngine.Check(worker, SkillLevel.Level4, AsOf).Should().Be(Verdict.NotEligible, "四级（2） counts 本职业 only");
    }
}
