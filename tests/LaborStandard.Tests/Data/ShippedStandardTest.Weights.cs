using LaborStandard.Model;

namespace LaborStandard.Tests.Data;

/// <summary>Chapter 4 of the shipped dataset: the weight tables, row by row.</summary>
public partial class ShippedStandardTest
{
    // kind, item, target, weight of 四级, weight of 三级 — as printed in 4.1 and 4.2.
    public static TheoryData<AssessmentKind, string, string, int, int> WeightRows => new()
    {
        { AssessmentKind.Theory, "职业道德", "BasicRequirements 2.1", 10, 10 },
        { AssessmentKind.Theory, "基础知识", "BasicRequirements 2.2", 30, 25 },
        { AssessmentKind.Theory, "基层平台信息管理", "Function 1", 10, 10 },
        { AssessmentKind.Theory, "就业创业服务", "Function 2", 15, 20 },
        { AssessmentKind.Theory, "社会保险服务", "Function 3", 15, 15 },
        { AssessmentKind.Theory, "退休人员社会化服务", "Function 4", 10, 10 },
        { AssessmentKind.Theory, "劳动关系协调和维权", "Function 5", 10, 10 },
        { AssessmentKind.Skill, "基层平台信息管理", "Function 1", 20, 15 },
        { AssessmentKind.Skill, "就业创业服务", "Function 2", 30, 35 },
        { AssessmentKind.Skill, "社会保险服务", "Function 3", 20, 20 },
        { AssessmentKind.Skill, "退休人员社会化服务", "Function 4", 15, 15 },
        { AssessmentKind.Skill, "劳动关系协调和维权", "Function 5", 15, 15 },
    };

    [Theory]
    [MemberData(nameof(WeightRows))]
    public void Each_weight_row_has_the_printed_weights_and_its_target(AssessmentKind kind, string item, string target, int four, int three)
    {
        var row = Standard.GetWeightTable(kind).Rows.Single(r => r.Item.Chinese == item);

        row.Target.ToString().Should().Be(target);
        row.PercentFor(SkillLevel.Level4).Should().Be(four);
        row.PercentFor(SkillLevel.Level3).Should().Be(three);
        row.PercentFor(SkillLevel.Level5).Should().BeNull();
    }

    [Theory]
    [InlineData(AssessmentKind.Theory, "4.1", 7)]
    [InlineData(AssessmentKind.Skill, "4.2", 5)]
    public void Every_weight_table_sums_to_100_for_every_level(AssessmentKind kind, string clause, int rows)
    {
        var table = Standard.GetWeightTable(kind);

        table.Clause.Should().Be(clause);
        table.Rows.Should().HaveCount(rows);
        table.Levels.Should().Equal(SkillLevel.Level4, SkillLevel.Level3);
        foreach (var level in table.Levels)
        {
            table.ForLevel(level).Sum(r => r.Percent).Should().Be(WeightTable.Total);
        }

        table.ForLevel(SkillLevel.Level5).Should().BeEmpty();
    }

    [Fact]
    public void The_weight_rows_name_the_function_they_weigh()
    {
        foreach (var row in Standard.WeightTables.SelectMany(t => t.Rows).Where(r => r.Target.Kind == WeightTargetKind.Function))
        {
            foreach (var table in Standard.WorkRequirements.Levels)
            {
                table.FindFunction(row.Target.Code)!.Name.Chinese.Should().Be(row.Item.Chinese);
            }
        }
    }
}
