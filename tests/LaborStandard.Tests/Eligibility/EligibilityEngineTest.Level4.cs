using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// 1.9.1 四级: 具备以下条件之一者 — (1) preparatory training to the standard hours (100, 1.8) with a completion certificate;
/// (2) two years' continuous work in this occupation; (3) a student of a technical (vocational) school in the graduation
/// school year; (4) junior college or higher, equivalent attainment included.
/// </summary>
public partial class EligibilityEngineTest
{
    private static readonly EligibilityEngine Engine = Standards.EmbeddedEngine;
    private static readonly DateOnly AsOf = D("2026-11-29");

    // case, profile, verdict, the items of 1.9.1 that hold
    private static readonly Dictionary<string, (CandidateProfile Profile, Verdict Verdict, string[] Holding)> Level4Cases = new()
    {
        ["(1) training of 100 hours with its certificate"] = (Profile(trainings: [Training(4, 100, "2026-06-30")]), Verdict.Eligible, ["四级（1）"]),
        ["(1) training one hour short"] = (Profile(trainings: [Training(4, 99, "2026-06-30")]), Verdict.NotEligible, []),
        ["(1) training of 99.5 hours"] = (Profile(trainings: [Training(4, 99.5m, "2026-06-30")]), Verdict.NotEligible, []),
        ["(1) training without a completion certificate"] = (Profile(trainings: [Training(4, 120, null)]), Verdict.NotEligible, []),
        ["(1) training for 三级, not 四级"] = (Profile(trainings: [Training(3, 100, "2026-06-30")]), Verdict.NotEligible, []),
        ["(1) training of another occupation"] = (Profile(trainings: [Training(4, 100, "2026-06-30", Other)]), Verdict.NotEligible, []),
        ["(1) certificate dated after the as-of date"] = (Profile(trainings: [Training(4, 100, "2026-11-30")]), Verdict.NotEligible, []),
        ["(2) exactly two years, to the day"] = (Profile(work: [Work("2024-11-30")]), Verdict.Eligible, ["四级（2）"]),
        ["(2) two years less a day"] = (Profile(work: [Work("2024-12-01")]), Verdict.NotEligible, []),
        ["(2) two years in another occupation"] = (Profile(work: [Work("2020-01-01", occupation: Other)]), Verdict.NotEligible, []),
        ["(2) two years broken by a one-day gap"] = (Profile(work: [Work("2024-06-01", "2025-06-01"), Work("2025-06-03")]), Verdict.NotEligible, []),
        ["(2) two abutting periods"] = (Profile(work: [Work("2024-06-01", "2025-06-01"), Work("2025-06-02")]), Verdict.Eligible, ["四级（2）"]),
        ["(2) two overlapping periods"] = (Profile(work: [Work("2025-01-01"), Work("2024-06-01", "2025-03-01")]), Verdict.Eligible, ["四级（2）"]),
        ["(2) an ended run of two years long ago"] = (Profile(work: [Work("2010-01-01", "2011-12-31")]), Verdict.Eligible, ["四级（2）"]),
        ["(2) an ended run one day short of two years"] = (Profile(work: [Work("2010-01-01", "2011-12-30")]), Verdict.NotEligible, []),
        ["(2) work that starts after the as-of date"] = (Profile(work: [Work("2027-01-01")]), Verdict.NotEligible, []),
        ["(3) technical school student in the graduation year"] = (Profile(schooling: [Student("2027-06-30")]), Verdict.Eligible, ["四级（3）"]),
        ["(3) vocational school student on the first day of the graduation year"] = (Profile(schooling: [Student("2027-11-28", SchoolKind.VocationalSchool)]), Verdict.Eligible, ["四级（3）"]),
        ["(3) a student one day before the graduation year"] = (Profile(schooling: [Student("2027-11-29")]), Verdict.NotEligible, []),
        ["(3) a student on the graduation day"] = (Profile(schooling: [Student("2026-11-29")]), Verdict.Eligible, ["四级（3）"]),
        ["(3) an expected graduation that has passed"] = (Profile(schooling: [Student("2026-11-28")]), Verdict.NotEligible, []),
        ["(4) junior college"] = (Profile(Education(EducationLevel.JuniorCollege)), Verdict.Eligible, ["四级（4）"]),
        ["(4) junior college by equivalent attainment"] = (Profile(Education(EducationLevel.JuniorCollege, equivalent: true)), Verdict.Eligible, ["四级（4）"]),
        ["(4) a doctorate"] = (Profile(Education(EducationLevel.Doctorate)), Verdict.Eligible, ["四级（4）"]),
        ["(4) senior secondary only"] = (Profile(Education(EducationLevel.SeniorSecondary)), Verdict.NotEligible, []),
        ["(4) a degree obtained after the as-of date"] = (Profile(Education(EducationLevel.Bachelor, obtained: "2027-07-01")), Verdict.NotEligible, []),
        ["(2) and (4) together"] = (Profile(Education(EducationLevel.Bachelor), work: [Work("2020-01-01")]), Verdict.Eligible, ["四级（2）", "四级（4）"]),
        ["nothing at all"] = (Profile(), Verdict.NotEligible, []),
    };

    public static TheoryData<string> Level4CaseNames => [.. Level4Cases.Keys];

    [Theory]
    [MemberData(nameof(Level4CaseNames))]
    public void Level_4_application_conditions(string name)
    {
        var (profile, verdict, holding) = Level4Cases[name];

        var decision = Engine.Evaluate(profile, SkillLevel.Level4, AsOf);

        decision.Verdict.Should().Be(verdict, decision.Explain());
        decision.HoldingAlternatives.Select(a => a.Condition.Item).Should().Equal(holding);
        Engine.Check(profile, SkillLevel.Level4, AsOf).Should().Be(verdict, "the verdict-only path agrees with the explained one");
        Engine.CheckAll(profile, AsOf)[SkillLevel.Level4].Should().Be(verdict);
        decision.Alternatives.Select(a => a.Condition.Item).Should().Equal("四级（1）", "四级（2）", "四级（3）", "四级（4）");
        decision.Clause.Should().Be("1.9.1");
    }
}
