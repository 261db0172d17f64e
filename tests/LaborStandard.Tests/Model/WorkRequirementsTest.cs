using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Tests.Model;

/// <summary>Queries over chapter 3: by level (own or cumulative), by code, by words.</summary>
public class WorkRequirementsTest
{
    private static readonly WorkRequirements Work = Standards.Embedded.WorkRequirements;

    [Fact]
    public void A_level_s_own_table_holds_only_its_own_requirements()
    {
        Work.ForLevel(SkillLevel.Level3)!.Section.Should().Be("3.2");
        Work.ForLevel(SkillLevel.Level3)!.Skills.Should().OnlyContain(r => r.Level == SkillLevel.Level3);
        Work.ForLevel(SkillLevel.Level5).Should().BeNull();
    }

    [Fact]
    public void The_higher_level_covers_the_lower_level_s_requirements()
    {
        Work.Cumulative(SkillLevel.Level3).Select(t => t.Level).Should().Equal(SkillLevel.Level4, SkillLevel.Level3);
        Work.Cumulative(SkillLevel.Level4).Select(t => t.Level).Should().Equal(SkillLevel.Level4);
        Work.Cumulative(SkillLevel.Level5).Should().BeEmpty();
        Work.Cumulative(SkillLevel.Level1).Should().HaveCount(2, "a level above both covers both");
        Work.CumulativeRequirements(SkillLevel.Level3, RequirementKind.Skill).Should().HaveCount(65 + 60);
        Work.CumulativeRequirements(SkillLevel.Level3, RequirementKind.Knowledge).Should().HaveCount(69 + 62);
        Work.CumulativeRequirements(SkillLevel.Level3, RequirementKind.Skill)[0].Level.Should().Be(SkillLevel.Level4, "lower levels come first");
    }

    [Fact]
    public void Looking_up_a_code_finds_the_skill_and_the_knowledge_item_that_share_it()
    {
        var found = Work.FindByCode(SkillLevel.Level3, "2.4.2");

        found.Select(r => r.Kind).Should().Equal(RequirementKind.Skill, RequirementKind.Knowledge);
        found[0].Text.Chinese.Should().Be("能够协助创业担保贷款担保机构、经办金融机构催收到期贷款");
        found[1].Text.Chinese.Should().Be("当地创业平台建设情况及主要优惠政策");
    }

    [Theory]
    [InlineData("9.9.9")]
    [InlineData("2.4")]
    [InlineData("")]
    [InlineData("2.4.2 ")]
    public void Looking_up_an_unknown_code_finds_nothing(string code)
    {
        Work.FindByCode(SkillLevel.Level3, code).Should().BeEmpty();
        Work.Find(SkillLevel.Level3, RequirementKind.Skill, code).Should().BeNull();
    }

    [Fact]
    public void Looking_up_in_a_level_without_a_table_finds_nothing()
    {
        Work.FindByCode(SkillLevel.Level5, "1.1.1").Should().BeEmpty();
        Work.FindByCode(default, "1.1.1").Should().BeEmpty();
    }

    [Fact]
    public void Looking_up_with_a_null_code_names_the_argument()
    {
        FluentActions.Invoking(() => Work.FindByCode(SkillLevel.Level4, null!)).Should().Throw<ArgumentNullException>().WithParameterName("code");
    }

    [Fact]
    public void Searching_finds_chinese_words_in_printed_order()
    {
        var hits = Work.Search("创业担保贷款");

        hits.Should().NotBeEmpty().And.OnlyContain(r => r.Text.Chinese.Contains("创业担保贷款", StringComparison.Ordinal));
        hits.Select(r => r.Level).Should().BeInAscendingOrder("四级 comes before 三级");
        hits.Select(r => r.Clause).Should().Equal("3.1 / 2.4.2", "3.1 / 2.4.2", "3.2 / 2.4.2", "3.2 / 2.4.3");
    }

    [Fact]
    public void Searching_finds_english_words_ignoring_case_and_needs_every_word()
    {
        var hits = Work.Search("WORK-INJURY insurance", SkillLevel.Level4);

        hits.Should().NotBeEmpty().And.OnlyContain(r => r.Level == SkillLevel.Level4);
        hits.Should().OnlyContain(r => r.Text.English.Contains("work-injury", StringComparison.OrdinalIgnoreCase));
        Work.Search("养老保险 创业").Should().BeEmpty("no item speaks of both");
    }

    [Fact]
    public void Searching_the_corrected_reading_finds_the_misprinted_item()
    {
        Work.Search("城乡居民养老保险待遇计算").Should().ContainSingle().Which.Clause.Should().Be("3.2 / 3.1.1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Searching_for_nothing_is_an_error(string words)
    {
        FluentActions.Invoking(() => Work.Search(words)).Should().Throw<ArgumentException>().WithParameterName(nameof(words));
    }

    [Fact]
    public void Texts_come_in_the_culture_asked_for()
    {
        var item = Work.Find(SkillLevel.Level4, RequirementKind.Skill, "2.1.5")!;

        item.Text.Get().Should().Be("能够整理咨询记录");
        item.Text.Get(CultureInfo.GetCultureInfo("en")).Should().Be("Able to organise consultation records");
    }
}
