using LaborStandard.Eligibility;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>When a fact the rules need is unknown, the answer is indeterminate unless what is known decides it.</summary>
public partial class EligibilityEngineTest
{
    [Fact]
    public void Unknown_education_makes_level_4_indeterminate_when_nothing_else_holds()
    {
        var decision = Engine.Evaluate(Profile(educationUnknown: true), SkillLevel.Level4, AsOf);

        decision.Verdict.Should().Be(Verdict.Indeterminate);
        decision.Alternatives[3].Truth.Should().Be(Truth.Unknown);
        decision.Alternatives[3].UnknownFacts.Should().Be(CandidateFacts.Education);
        decision.Alternatives[3].Shortfall.Should().BeNull("a fact that is not given is not a shortfall");
        decision.UnknownFacts.Should().Be(CandidateFacts.Education);
        decision.Summary.Chinese.Should().StartWith("无法确定").And.Contain("学历情况未知");
        decision.Summary.English.Should().Contain("the education is not known");
        Engine.Check(Profile(educationUnknown: true), SkillLevel.Level4, AsOf).Should().Be(Verdict.Indeterminate);
    }

    [Fact]
    public void What_is_known_decides_despite_an_unknown_fact()
    {
        var profile = Profile(work: [Work("2020-01-01")], educationUnknown: true);

        Engine.Check(profile, SkillLevel.Level4, AsOf).Should().Be(Verdict.Eligible, "two years of work hold whatever the education");
    }

    [Fact]
    public void A_list_marked_unknown_is_not_taken_as_empty()
    {
        var unknownWork = Profile(unknown: CandidateFacts.WorkHistory);
        var unknownCertificates = Profile(work: [Work("2020-01-01")], unknown: CandidateFacts.Certificates);

        Engine.Check(unknownWork, SkillLevel.Level4, AsOf).Should().Be(Verdict.Indeterminate);
        Engine.Check(unknownCertificates, SkillLevel.Level3, AsOf).Should().Be(Verdict.Indeterminate, "a 四级 certificate may exist");
        Engine.Check(Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2020-01-01")], unknown: CandidateFacts.Certificates), SkillLevel.Level3, AsOf)
            .Should().Be(Verdict.Eligible, "a known certificate is enough");
        Engine.Check(Profile(unknown: CandidateFacts.Schooling | CandidateFacts.Trainings), SkillLevel.Level4, AsOf).Should().Be(Verdict.Indeterminate);
    }

    [Fact]
    public void Indeterminate_is_not_eligible_in_the_verdict_per_level()
    {
        var verdicts = Engine.CheckAll(Profile(educationUnknown: true), AsOf);

        verdicts[SkillLevel.Level4].Should().Be(Verdict.Indeterminate);
        verdicts[SkillLevel.Level3].Should().Be(Verdict.NotEligible, "every 三级 alternative also needs work or a certificate, known to be absent");
        verdicts[SkillLevel.Level5].Should().Be(Verdict.NotEligible, "the rules define no 五级");
        verdicts.HighestEligible.Should().BeNull();
    }
}
