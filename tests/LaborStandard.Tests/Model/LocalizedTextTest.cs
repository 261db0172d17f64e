using System.Globalization;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Model;

public class LocalizedTextTest
{
    private static readonly LocalizedText Text = new("技能考核", "Skill assessment");

    [Theory]
    [InlineData(null, "技能考核")]
    [InlineData("zh-CN", "技能考核")]
    [InlineData("zh-Hans", "技能考核")]
    [InlineData("fr-FR", "技能考核")]
    [InlineData("en", "Skill assessment")]
    [InlineData("en-GB", "Skill assessment")]
    [InlineData("en-US", "Skill assessment")]
    public void Gives_english_to_english_cultures_and_chinese_to_every_other(string? culture, string expected)
    {
        Text.Get(culture is null ? null : CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
    }

    [Fact]
    public void Invariant_culture_reads_chinese_the_default()
    {
        Text.Get(CultureInfo.InvariantCulture).Should().Be("技能考核");
        Text.ToString().Should().Be("技能考核");
    }

    [Theory]
    [InlineData(null, "x")]
    [InlineData("", "x")]
    [InlineData("  ", "x")]
    [InlineData("中", null)]
    [InlineData("中", "")]
    public void Both_texts_are_required(string? chinese, string? english)
    {
        var act = () => new LocalizedText(chinese!, english!);

        act.Should().Throw<ModelRuleException>().Which.Rule.Should().Be(StandardRules.TextRequired);
    }

    [Fact]
    public void Contains_searches_chinese_exactly_and_english_ignoring_case()
    {
        Text.Contains("考核").Should().BeTrue();
        Text.Contains("SKILL").Should().BeTrue();
        Text.Contains("理论").Should().BeFalse();
    }

    [Fact]
    public void Keeps_the_equality_contract()
    {
        EqualityContract.Holds(Text, new LocalizedText("技能考核", "Skill assessment"), new LocalizedText("技能考核", "Skills"), new LocalizedText("技能", "Skill assessment"));
    }
}
