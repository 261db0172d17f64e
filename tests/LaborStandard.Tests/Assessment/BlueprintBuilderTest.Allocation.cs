using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Tests.Assessment;

/// <summary>Chapter 4: N questions or tasks apportioned over a level's weight rows by largest remainder, ties to the earlier row.</summary>
public partial class BlueprintBuilderTest
{
    private static readonly OccupationalStandard Standard = Standards.Embedded;
    private static readonly BlueprintBuilder Blueprints = new(Standard);

    // kind, rank, N, counts per row in printed order.
    // 4.1 四级 weights 10 30 10 15 15 10 10; 三级 10 25 10 20 15 10 10. 4.2 四级 20 30 20 15 15; 三级 15 35 20 15 15.
    public static TheoryData<AssessmentKind, int, int, int[]> Allocations => new()
    {
        { AssessmentKind.Theory, 4, 0, [0, 0, 0, 0, 0, 0, 0] },
        { AssessmentKind.Theory, 4, 1, [0, 1, 0, 0, 0, 0, 0] },
        { AssessmentKind.Theory, 4, 3, [0, 1, 0, 1, 1, 0, 0] },      // fewer questions than rows
        { AssessmentKind.Theory, 4, 5, [1, 2, 0, 1, 1, 0, 0] },      // .75 beats .5; among the .5s the earlier rows win
        { AssessmentKind.Theory, 4, 10, [1, 3, 1, 2, 1, 1, 1] },     // 1.5 and 1.5 tie: the earlier row takes it
        { AssessmentKind.Theory, 4, 100, [10, 30, 10, 15, 15, 10, 10] },
        { AssessmentKind.Theory, 3, 7, [1, 2, 1, 1, 1, 1, 0] },      // four .7 remainders for three places: the last row loses
        { AssessmentKind.Theory, 3, 100, [10, 25, 10, 20, 15, 10, 10] },
        { AssessmentKind.Skill, 4, 3, [1, 1, 1, 0, 0] },
        { AssessmentKind.Skill, 4, 6, [1, 2, 1, 1, 1] },
        { AssessmentKind.Skill, 4, 10, [2, 3, 2, 2, 1] },
        { AssessmentKind.Skill, 3, 4, [1, 1, 1, 1, 0] },
        { AssessmentKind.Skill, 3, 10, [2, 4, 2, 1, 1] },
    };

    [Theory]
    [MemberData(nameof(Allocations))]
    public void Questions_are_apportioned_by_largest_remainder_with_ties_to_the_earlier_row(AssessmentKind kind, int rank, int count, int[] expected)
    {
        var blueprint = Blueprints.Build(kind, SkillLevel.FromRank(rank), count);

        blueprint.Rows.Select(r => r.Count).Should().Equal(expected);
        blueprint.Count.Should().Be(count);
        blueprint.Kind.Should().Be(kind);
        blueprint.Level.Should().Be(SkillLevel.FromRank(rank));
        blueprint.Clause.Should().Be(kind == AssessmentKind.Theory ? "4.1" : "4.2");
    }

    [Fact]
    public void Each_row_reports_its_exact_share_and_deviation()
    {
        var blueprint = Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 10);

        blueprint.Rows.Select(r => r.Percent).Should().Equal(10, 30, 10, 15, 15, 10, 10);
        blueprint.Rows.Select(r => r.ExactShare).Should().Equal(1m, 3m, 1m, 1.5m, 1.5m, 1m, 1m);
        blueprint.Rows.Select(r => r.Deviation).Should().Equal(0m, 0m, 0m, 0.5m, -0.5m, 0m, 0m);
        blueprint.MaxDeviation.Should().Be(0.5m);
        blueprint.Rows[3].ToString().Should().Be("就业创业服务 15%: 1.5 → 2 (+0.5)");
        blueprint.ToString().Should().Be("4.1 理论知识权重表 四级/中级工 × 10: 1, 3, 1, 2, 1, 1, 1");
    }

    [Fact]
    public void For_every_N_the_rows_sum_exactly_and_stay_within_one_of_their_share()
    {
        foreach (var table in Standard.WeightTables)
        {
            foreach (var level in table.Levels)
            {
                for (var count = 0; count <= 400; count++)
                {
                    var blueprint = Blueprints.Build(table.Kind, level, count);

                    blueprint.Rows.Sum(r => r.Count).Should().Be(count);
                    foreach (var row in blueprint.Rows)
                    {
                        row.Count.Should().BeOneOf((int)Math.Floor(row.ExactShare), (int)Math.Ceiling(row.ExactShare));
                        Math.Abs(row.Deviation).Should().BeLessThan(1);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_rows_follow_the_weight_table()
    {
        var blueprint = Blueprints.Build(AssessmentKind.Skill, SkillLevel.Level3, 20);

        blueprint.Rows.Select(r => r.Row).Should().Equal(Standard.GetWeightTable(AssessmentKind.Skill).Rows);
        blueprint.Title.Chinese.Should().Be("技能要求权重表");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_N_is_refused_naming_the_argument(int count)
        => FluentActions.Invoking(() => Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, count))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "count");

    [Fact]
    public void An_unknown_level_or_kind_is_refused_naming_the_argument()
    {
        FluentActions.Invoking(() => Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level5, 10))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level" && e.Message.Contains("does not define"));
        FluentActions.Invoking(() => Blueprints.Build(AssessmentKind.Theory, default, 10)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
        FluentActions.Invoking(() => Blueprints.Build((AssessmentKind)5, SkillLevel.Level4, 10)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => new BlueprintBuilder(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "standard");
    }
}
