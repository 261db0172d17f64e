using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Model;

public class SkillLevelTest
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 3 ", 3)]
    [InlineData("四级", 4)]
    [InlineData("三级", 3)]
    [InlineData("中级工", 4)]
    [InlineData("高级工", 3)]
    [InlineData("初级工", 5)]
    [InlineData("高级技师", 1)]
    [InlineData("技师", 2)]
    [InlineData("四级/中级工", 4)]
    [InlineData("三级∕高级工", 3)]
    [InlineData("level 4", 4)]
    [InlineData("Level3", 3)]
    [InlineData("L1", 1)]
    public void Parses_the_ways_the_standard_and_its_users_write_a_level(string text, int rank)
    {
        SkillLevel.TryParse(text, out var level).Should().BeTrue();
        level.Rank.Should().Be(rank);
        SkillLevel.Parse(text).Should().Be(level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-4")]
    [InlineData("+4")]
    [InlineData("4.0")]
    [InlineData("四级/高级工")]
    [InlineData("六级")]
    [InlineData("level")]
    public void Rejects_what_is_not_a_level(string? text)
    {
        SkillLevel.TryParse(text, out var level).Should().BeFalse();
        level.IsDefined.Should().BeFalse();
    }

    [Fact]
    public void Parse_names_the_accepted_forms_when_it_fails()
    {
        FluentActions.Invoking(() => SkillLevel.Parse("七级")).Should().Throw<FormatException>().WithMessage("*七级*四级*");
        FluentActions.Invoking(() => SkillLevel.Parse(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Seniority_orders_levels_three_above_four()
    {
        (SkillLevel.Level3 > SkillLevel.Level4).Should().BeTrue();
        (SkillLevel.Level4 < SkillLevel.Level3).Should().BeTrue();
        (SkillLevel.Level1 >= SkillLevel.Level2).Should().BeTrue();
        (SkillLevel.Level5 <= SkillLevel.Level5).Should().BeTrue();
        SkillLevel.Level3.IsAbove(SkillLevel.Level4).Should().BeTrue();
        SkillLevel.Level4.IsAbove(SkillLevel.Level4).Should().BeFalse();
        SkillLevel.All.Should().BeInAscendingOrder().And.HaveCount(5);
        default(SkillLevel).CompareTo(SkillLevel.Level5).Should().BeNegative("the undefined value sorts first");
        SkillLevel.Level4.CompareTo((object?)null).Should().BePositive();
        FluentActions.Invoking(() => SkillLevel.Level4.CompareTo("4")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_higher_level_covers_the_lower_ones_and_itself()
    {
        SkillLevel.Level3.Covers(SkillLevel.Level4).Should().BeTrue();
        SkillLevel.Level3.Covers(SkillLevel.Level3).Should().BeTrue();
        SkillLevel.Level4.Covers(SkillLevel.Level3).Should().BeFalse();
    }

    [Fact]
    public void Names_come_in_both_languages()
    {
        SkillLevel.Level4.ToString().Should().Be("四级/中级工");
        SkillLevel.Level3.Name.English.Should().Be("Level 3 / senior worker");
        SkillLevel.Level4.ChineseName.Should().Be("四级");
        SkillLevel.Level4.GradeName.Should().Be("中级工");
        default(SkillLevel).ToString().Should().Be("未定义");
        default(SkillLevel).IsDefined.Should().BeFalse();
    }

    [Fact]
    public void From_rank_accepts_one_to_five_only()
    {
        SkillLevel.FromRank(4).Should().Be(SkillLevel.Level4);
        FluentActions.Invoking(() => SkillLevel.FromRank(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rank");
        FluentActions.Invoking(() => SkillLevel.FromRank(6)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rank");
    }

    [Fact]
    public void Keeps_the_equality_contract()
    {
        EqualityContract.Holds(SkillLevel.Level4, SkillLevel.FromRank(4), SkillLevel.Level3, default);
        (SkillLevel.Level4 == SkillLevel.FromRank(4)).Should().BeTrue();
        (SkillLevel.Level4 != SkillLevel.Level3).Should().BeTrue();
    }
}
