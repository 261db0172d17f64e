using LaborStandard.Model;

namespace LaborStandard.Tests.Data;

/// <summary>The seed's misprints are kept as printed, corrected beside them, and found by either reading.</summary>
public partial class ShippedStandardTest
{
    [Fact]
    public void A_knowledge_item_printed_3_2_2_inside_work_content_3_1_keeps_its_code_and_reads_3_1_2()
    {
        var item = Standard.WorkRequirements.ForLevel(SkillLevel.Level4)!.FindWorkContent("3.1")!.Knowledge[1];

        item.PrintedCode.Should().Be("3.2.2");
        item.Code.Should().Be("3.1.2");
        item.IsCodeCorrected.Should().BeTrue();
        item.WorkContentCode.Should().Be("3.1");
        item.Clause.Should().Be("3.1 / 3.1.2");
        item.Text.Chinese.Should().Be("城镇职工养老保险及城乡居民养老保险经办业务程序");
        item.Corrections.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Target = CorrectionTarget.Code, Printed = "3.2.2", Corrected = "3.1.2" });
    }

    [Fact]
    public void A_knowledge_item_printed_3_3_2_inside_work_content_3_2_reads_3_2_2()
    {
        var item = Standard.WorkRequirements.ForLevel(SkillLevel.Level4)!.FindWorkContent("3.2")!.Knowledge[1];

        item.PrintedCode.Should().Be("3.3.2");
        item.Code.Should().Be("3.2.2");
        item.Text.Chinese.Should().Be("失业保险业务经办程序");
    }

    [Fact]
    public void Look_ups_find_a_misprinted_item_by_its_corrected_code_first_and_by_its_printed_code_after_the_true_owner()
    {
        var work = Standard.WorkRequirements;

        work.Find(SkillLevel.Level4, RequirementKind.Knowledge, "3.1.2")!.Text.Chinese.Should().Be("城镇职工养老保险及城乡居民养老保险经办业务程序");
        work.Find(SkillLevel.Level4, RequirementKind.Knowledge, "3.2.2")!.Text.Chinese.Should().Be("失业保险业务经办程序", "the item placed by 3.2.2 comes before the one misprinted so");

        work.FindByCode(SkillLevel.Level4, "3.2.2").Select(r => (r.Kind, r.Code, r.PrintedCode)).Should().Equal(
            (RequirementKind.Skill, "3.2.2", "3.2.2"),
            (RequirementKind.Knowledge, "3.2.2", "3.3.2"),
            (RequirementKind.Knowledge, "3.1.2", "3.2.2"));
        work.FindByCode(SkillLevel.Level4, "3.3.2").Select(r => (r.Kind, r.Code, r.PrintedCode)).Should().Equal(
            (RequirementKind.Skill, "3.3.2", "3.3.2"),
            (RequirementKind.Knowledge, "3.3.2", "3.3.2"),
            (RequirementKind.Knowledge, "3.2.2", "3.3.2"));
        work.FindByCode(SkillLevel.Level3, "3.3.2").Should().OnlyContain(r => !r.IsCodeCorrected, "三级 has no misprinted codes");
    }

    [Fact]
    public void The_three_level_skill_under_pension_insurance_that_says_medical_insurance_is_kept_and_corrected()
    {
        var item = Standard.WorkRequirements.Find(SkillLevel.Level3, RequirementKind.Skill, "3.1.1")!;

        item.Text.Chinese.Should().Be("能够提供城镇职工基本养老保险及城乡居民医疗保险待遇计算、待遇调整等方面的咨询服务");
        item.CorrectedText.Should().Be("能够提供城镇职工基本养老保险及城乡居民养老保险待遇计算、待遇调整等方面的咨询服务");
        item.Corrections.Should().ContainSingle().Which.Target.Should().Be(CorrectionTarget.Text);
        item.IsCodeCorrected.Should().BeFalse();
    }

    [Fact]
    public void The_title_that_says_专理员_where_2_1_3_says_协理员_is_kept_and_corrected()
    {
        Standard.Edition.Title.Chinese.Should().Contain("专理员");
        Standard.Edition.CorrectedTitle.Should().Be("社区工作者（劳动保障协理员）国家职业技能标准（征求意见稿）");
        Standard.Overview.CorrectedName.Should().Be("社区工作者（劳动保障协理员）");
        Standard.Levels.Select(l => l.CorrectedTitle).Should().Equal("中级劳动保障协理员", "高级劳动保障协理员");
        Standard.BasicRequirements.FindTopic("2.1.3")!.Items[0].Text.Chinese.Should().Be("基层劳动保障协理员的职业素质。");
    }

    [Fact]
    public void Exactly_the_known_misprints_are_corrected()
    {
        var corrected = Standard.WorkRequirements.Levels
            .SelectMany(t => t.Skills.Concat(t.Knowledge))
            .Where(r => !r.Corrections.IsEmpty)
            .Select(r => $"{r.Level.ChineseName} {r.Kind} {r.PrintedCode}");

        corrected.Should().BeEquivalentTo("四级 Knowledge 3.2.2", "四级 Knowledge 3.3.2", "三级 Skill 3.1.1");
    }

    [Fact]
    public void The_footnote_on_general_employability_skills_is_attached_to_the_item_that_cites_it()
    {
        var item = Standard.WorkRequirements.Find(SkillLevel.Level4, RequirementKind.Skill, "2.2.6")!;

        item.Text.Chinese.Should().Be("能够介绍就业通用能力的内容和意义");
        item.Footnote.Should().NotBeNull();
        item.Footnote!.Marker.Should().Be("①");
        item.Footnote.Anchor.Should().Be("就业通用能力");
        item.Footnote.Text.Chinese.Should().StartWith("就业通用能力：是指区别于就业专业技术和专项技能而通融于就业全过程的能力。");
        Standard.WorkRequirements.Levels.SelectMany(t => t.Skills.Concat(t.Knowledge)).Count(r => r.Footnote is not null).Should().Be(1);
    }
}
