using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Tests.Assessment;

/// <summary>The weighted total of a paper: Σ weight × score ÷ 100 over the level's rows of 4.1 or 4.2.</summary>
public partial class BlueprintBuilderTest
{
    private static Dictionary<WeightTarget, decimal> ScoresOf(AssessmentKind kind, params double[] scores)
        => Standard.GetWeightTable(kind).Rows.Select((row, i) => (row.Target, Score: (decimal)scores[i])).ToDictionary(p => p.Target, p => p.Score);

    // kind, rank, scores per row in printed order, total.
    public static TheoryData<AssessmentKind, int, double[], double> Totals => new()
    {
        { AssessmentKind.Theory, 4, [80, 70, 60, 50, 90, 100, 40], 70 },      // 8 + 21 + 6 + 7.5 + 13.5 + 10 + 4
        { AssessmentKind.Theory, 3, [80, 70, 60, 50, 90, 100, 40], 69 },      // 8 + 17.5 + 6 + 10 + 13.5 + 10 + 4
        { AssessmentKind.Theory, 4, [60, 60, 60, 60, 60, 60, 60], 60 },
        { AssessmentKind.Theory, 4, [100, 0, 100, 100, 100, 100, 100], 70 },
        { AssessmentKind.Skill, 4, [59.5, 59.5, 59.5, 59.5, 59.5], 59.5 },
        { AssessmentKind.Skill, 3, [40, 80, 60, 70, 50], 64 },                // 6 + 28 + 12 + 10.5 + 7.5
        { AssessmentKind.Skill, 3, [0, 0, 0, 0, 0], 0 },
    };

    [Theory]
    [MemberData(nameof(Totals))]
    public void The_weighted_total_is_the_sum_of_weight_times_score_over_100(AssessmentKind kind, int rank, double[] scores, double total)
    {
        var result = Blueprints.WeightedTotal(kind, SkillLevel.FromRank(rank), ScoresOf(kind, scores));

        result.Total.Should().Be((decimal)total);
        result.Rows.Select(r => r.Score).Should().Equal(scores.Select(s => (decimal)s));
        result.Rows.Select(r => r.Percent).Should().Equal(Standard.GetWeightTable(kind).ForLevel(SkillLevel.FromRank(rank)).Select(r => r.Percent));
        result.Rows.Sum(r => r.Contribution).Should().Be((decimal)total, "decimal contributions add up exactly");
        result.Clause.Should().Be(kind == AssessmentKind.Theory ? "4.1" : "4.2");
    }

    [Fact]
    public void A_weighted_total_of_exactly_60_passes_under_1_9_2()
    {
        // Rows of 60 with weights that are not powers of two still total exactly 60, not 59.99….
        var total = Blueprints.WeightedTotal(AssessmentKind.Skill, SkillLevel.Level3, ScoresOf(AssessmentKind.Skill, 60, 60, 60, 60, 60)).Total;

        total.Should().Be(60);
        new ScoreEvaluator(Standard).Evaluate(AssessmentKind.Skill, total).Passed.Should().BeTrue();
    }

    [Fact]
    public void The_result_reads_well()
    {
        var result = Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level4, ScoresOf(AssessmentKind.Theory, 80, 70, 60, 50, 90, 100, 40));

        result.ToString().Should().Be("4.1 四级/中级工: 70");
        result.Rows[3].ToString().Should().Be("就业创业服务 15% × 50 = 7.5");
        (result.Kind, result.Level).Should().Be((AssessmentKind.Theory, SkillLevel.Level4));
    }

    [Fact]
    public void A_missing_row_is_refused_naming_it()
    {
        var scores = ScoresOf(AssessmentKind.Theory, 80, 70, 60, 50, 90, 100, 40);
        scores.Remove(new WeightTarget(WeightTargetKind.Function, "3"));

        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level4, scores))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "scores" && e.Message.Contains("no score for Function 3"));
    }

    [Fact]
    public void A_row_the_table_does_not_weigh_is_refused_naming_it()
    {
        // The skill table has no basic-requirements rows.
        var scores = ScoresOf(AssessmentKind.Skill, 80, 70, 60, 50, 90);
        scores.Add(new WeightTarget(WeightTargetKind.BasicRequirements, "2.1"), 75);

        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Skill, SkillLevel.Level4, scores))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "scores" && e.Message.Contains("does not weigh: BasicRequirements 2.1"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.01)]
    public void A_score_off_the_scale_is_refused_naming_the_row(double bad)
    {
        var scores = ScoresOf(AssessmentKind.Theory, 80, 70, 60, bad, 90, 100, 40);

        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level4, scores))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "scores" && e.Message.Contains("Function 2"));
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_them()
    {
        var scores = ScoresOf(AssessmentKind.Theory, 80, 70, 60, 50, 90, 100, 40);

        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level4, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "scores");
        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level2, scores)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
        FluentActions.Invoking(() => Blueprints.WeightedTotal((AssessmentKind)0, SkillLevel.Level4, scores)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
    }
}
