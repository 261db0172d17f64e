using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Tests.Eligibility;

/// <summary>The packed verdicts of all five ranks, and how a shortfall prints its numbers.</summary>
public class LevelVerdictsTest
{
    [Fact]
    public void Every_rank_keeps_its_own_verdict_and_a_verdict_can_be_replaced()
    {
        var verdicts = default(LevelVerdicts)
            .With(SkillLevel.Level5, Verdict.Eligible)
            .With(SkillLevel.Level1, Verdict.Indeterminate)
            .With(SkillLevel.Level3, Verdict.Eligible);

        SkillLevel.All.Select(l => verdicts[l]).Should().Equal(Verdict.Eligible, Verdict.NotEligible, Verdict.Eligible, Verdict.NotEligible, Verdict.Indeterminate);
        verdicts.HighestEligible.Should().Be(SkillLevel.Level3);
        verdicts.With(SkillLevel.Level3, Verdict.NotEligible).HighestEligible.Should().Be(SkillLevel.Level5);
        verdicts.With(SkillLevel.Level3, Verdict.NotEligible)[SkillLevel.Level3].Should().Be(Verdict.NotEligible);
        default(LevelVerdicts).With(SkillLevel.Level5, Verdict.Eligible).With(SkillLevel.Level5, Verdict.Indeterminate)[SkillLevel.Level5].Should().Be(Verdict.Indeterminate);
        verdicts.ToString().Should().Be("五级 Eligible, 四级 NotEligible, 三级 Eligible, 二级 NotEligible, 一级 Indeterminate");
    }

    [Theory]
    [InlineData("100", "100")]
    [InlineData("99.5", "99.5")]
    [InlineData("0.125", "0.13")]
    [InlineData("-3", "-3")]
    [InlineData("0", "0")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    public void A_shortfall_prints_whole_numbers_whole_and_others_to_two_places(string value, string printed)
        => Shortfall.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(printed);
}
