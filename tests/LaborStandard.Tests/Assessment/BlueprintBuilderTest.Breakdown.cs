using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Assessment;

/// <summary>A row broken down to the work contents and items of the level and the levels it covers, so a paper can be assembled item by item.</summary>
public partial class BlueprintBuilderTest
{
    [Fact]
    public void A_function_row_of_the_theory_table_goes_to_the_knowledge_items_of_the_level()
    {
        var row = Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 100).Rows[3]; // 就业创业服务 15%

        row.Row.Item.Chinese.Should().Be("就业创业服务");
        row.Parts.Select(p => p.Clause).Should().Equal("3.1 / 2.1", "3.1 / 2.2", "3.1 / 2.3", "3.1 / 2.4", "3.1 / 2.5");
        row.Parts.Select(p => p.Items.Length).Should().Equal(5, 6, 4, 3, 4);
        // 15 over 22 items: shares 3.41 4.09 2.73 2.05 2.73 → 3 4 3 2 3.
        row.Parts.Select(p => p.Count).Should().Equal(3, 4, 3, 2, 3);
        row.Parts[0].Items.Select(i => i.Count).Should().Equal(1, 1, 1, 0, 0);
        row.Parts[0].Items[0].Clause.Should().Be("3.1 / 2.1.1");
        row.Parts[0].Items[0].Text.Chinese.Should().Be("劳动就业基础知识");
        row.Parts[0].Title.Chinese.Should().Be("政策咨询服务");
        row.Parts.Should().OnlyContain(p => p.Level == SkillLevel.Level4 && p.Items.All(i => i.Level == SkillLevel.Level4));
    }

    [Fact]
    public void A_higher_level_covers_the_work_contents_of_the_lower_level_junior_first()
    {
        var row = Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level3, 100).Rows[3]; // 就业创业服务 20%

        row.Parts.Select(p => p.Clause).Should().Equal(
            "3.1 / 2.1", "3.1 / 2.2", "3.1 / 2.3", "3.1 / 2.4", "3.1 / 2.5",
            "3.2 / 2.1", "3.2 / 2.2", "3.2 / 2.3", "3.2 / 2.4", "3.2 / 2.5");
        row.Parts.Select(p => p.Level!.Value.Rank).Should().Equal(4, 4, 4, 4, 4, 3, 3, 3, 3, 3);
        row.Parts.Select(p => p.Items.Length).Should().Equal(5, 6, 4, 3, 4, 2, 6, 4, 3, 4);
        row.Parts.Sum(p => p.Count).Should().Be(20);
    }

    [Fact]
    public void A_function_row_of_the_skill_table_goes_to_the_skill_items()
    {
        var row = Blueprints.Build(AssessmentKind.Skill, SkillLevel.Level3, 20).Rows[0]; // 基层平台信息管理 15% → 3

        row.Count.Should().Be(3);
        row.Parts.Select(p => (p.Clause, p.Items.Length)).Should().Equal(
            ("3.1 / 1.1", 5), ("3.1 / 1.2", 4), ("3.1 / 1.3", 3), ("3.2 / 1.1", 4), ("3.2 / 1.2", 3), ("3.2 / 1.3", 4));
        var skills = Standard.WorkRequirements.CumulativeRequirements(SkillLevel.Level3, RequirementKind.Skill).Where(r => r.FunctionCode == "1");
        row.Parts.SelectMany(p => p.Items).Select(i => i.Clause).Should().Equal(skills.Select(s => s.Clause));
        // 3 tasks over 23 items in parts of 5 4 3 4 3 4: shares .65 .52 .39 .52 .39 .52 → the three largest remainders.
        row.Parts.Select(p => p.Count).Should().Equal(1, 1, 0, 1, 0, 0);
    }

    [Fact]
    public void A_basic_requirements_row_goes_to_the_topics_and_numbered_items_of_its_section()
    {
        var row = Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 100).Rows[1]; // 基础知识 30%

        row.Row.Target.Should().Be(new WeightTarget(WeightTargetKind.BasicRequirements, "2.2"));
        row.Parts.Select(p => p.Clause).Should().Equal("2.2.1", "2.2.2", "2.2.3", "2.2.4", "2.2.5", "2.2.6", "2.2.7", "2.2.8", "2.2.9");
        row.Parts.Select(p => p.Items.Length).Should().Equal(3, 6, 3, 2, 3, 3, 2, 4, 6);
        row.Parts.Should().OnlyContain(p => p.Level == null && p.Items.All(i => i.Level == null));
        row.Parts.Sum(p => p.Count).Should().Be(30);
        row.Parts[8].Items[2].Clause.Should().Be("2.2.9（3）");
        row.Parts[8].Title.Chinese.Should().Be(Standard.BasicRequirements.FindTopic("2.2.9")!.Title.Chinese);
        row.Parts[8].Items[2].Text.Should().Be(Standard.BasicRequirements.FindTopic("2.2.9")!.Items[2].Text);
    }

    [Fact]
    public void Questions_spread_over_the_work_contents_before_they_pile_up_on_one()
    {
        // 5 questions for 就业创业服务 at 三级 over 10 work contents: no work content gets two while another of similar size gets none.
        var blueprint = Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level3, 25);
        var row = blueprint.Rows[3];

        row.Count.Should().Be(5);
        row.Parts.Should().OnlyContain(p => p.Count <= 1);
        row.Parts.SelectMany(p => p.Items).Should().OnlyContain(i => i.Count <= 1);
    }

    [Fact]
    public void For_many_N_the_paper_can_be_assembled_item_by_item()
    {
        foreach (var table in Standard.WeightTables)
        {
            foreach (var level in table.Levels)
            {
                foreach (var count in (int[])[0, 1, 2, 5, 7, 13, 40, 99, 100, 101, 250])
                {
                    var blueprint = Blueprints.Build(table.Kind, level, count);

                    blueprint.Items.Sum(i => i.Count).Should().Be(count);
                    blueprint.Items.Where(i => i.Count == 0).Should().BeEmpty("the paper lists only items that receive something");
                    foreach (var row in blueprint.Rows)
                    {
                        row.Parts.Sum(p => p.Count).Should().Be(row.Count);
                        row.Parts.Should().NotBeEmpty();
                        foreach (var part in row.Parts)
                        {
                            (part.Items.Max(i => i.Count) - part.Items.Min(i => i.Count)).Should().BeLessThanOrEqualTo(1, "a part's questions are shared evenly among its items");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void A_paper_of_zero_has_no_items()
    {
        var blueprint = Blueprints.Build(AssessmentKind.Skill, SkillLevel.Level4, 0);

        blueprint.Items.Should().BeEmpty();
        blueprint.MaxDeviation.Should().Be(0);
        blueprint.Rows.Should().OnlyContain(r => r.Count == 0 && r.Parts.All(p => p.Count == 0));
    }

    [Fact]
    public void Items_compare_by_value_and_read_well()
    {
        var items = Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 100).Items;
        var again = Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 100).Items;

        EqualityContract.Holds(items[0], again[0], items[1]);
        items.Should().Equal(again);
        Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 100).Rows[3].Parts[0].ToString().Should().Be("3 × 3.1 / 2.1 政策咨询服务");
        Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 100).Rows[3].Parts[0].Items[0].ToString().Should().Be("1 × 3.1 / 2.1.1 劳动就业基础知识");
    }
}
