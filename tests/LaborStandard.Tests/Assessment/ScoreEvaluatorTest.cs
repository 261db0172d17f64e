using LaborStandard.Assessment;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Assessment;

/// <summary>Clause 1.9.2: both parts on the 100-point scale, each passing at 60 inclusive, the candidate passing when both pass.</summary>
public class ScoreEvaluatorTest
{
    private static readonly ScoreEvaluator Scoring = new(Standards.Embedded);

    // score, passes — 60 分（含）以上为合格.
    [Theory]
    [InlineData(0, false)]
    [InlineData(59, false)]
    [InlineData(59.5, false)]
    [InlineData(59.999, false)]
    [InlineData(60, true)]
    [InlineData(60.5, true)]
    [InlineData(100, true)]
    public void A_part_passes_at_60_inclusive(double score, bool passes)
    {
        foreach (var kind in (AssessmentKind[])[AssessmentKind.Theory, AssessmentKind.Skill])
        {
            var result = Scoring.Evaluate(kind, (decimal)score);

            result.Passed.Should().Be(passes);
            result.Kind.Should().Be(kind);
            result.Score.Should().Be((decimal)score);
            result.PassMark.Should().Be(60);
            result.FullMarks.Should().Be(100);
            result.Clause.Should().Be("1.9.2");
        }
    }

    [Fact]
    public void The_pass_mark_is_exact_at_any_number_of_digits_and_no_score_is_negative_zero()
    {
        Scoring.Evaluate(AssessmentKind.Theory, 59.9999999999999999999999999m).Passed.Should().BeFalse("a decimal score just below 60 is below 60");
        Scoring.Evaluate(AssessmentKind.Theory, 60.0000000000000000000000000m).Passed.Should().BeTrue();
        var zero = Scoring.Evaluate(AssessmentKind.Skill, -0.0m);
        zero.Score.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0");
        zero.Summary.Chinese.Should().Contain(" 0 分").And.NotContain("-0");
    }

    // theory, skill, overall pass, failed parts — 成绩皆达 60 分（含）以上者为合格.
    [Theory]
    [InlineData(60, 60, true, "")]
    [InlineData(100, 59.5, false, "Skill")]
    [InlineData(59.5, 100, false, "Theory")]
    [InlineData(59.5, 59.5, false, "Theory,Skill")]
    [InlineData(75, 82, true, "")]
    public void The_candidate_passes_when_both_parts_pass(double theory, double skill, bool passes, string failed)
    {
        var result = Scoring.Evaluate((decimal)theory, (decimal)skill);

        result.Passed.Should().Be(passes);
        result.Theory.Score.Should().Be((decimal)theory);
        result.Skill.Score.Should().Be((decimal)skill);
        result.Parts.Select(p => p.Kind).Should().Equal(AssessmentKind.Theory, AssessmentKind.Skill);
        string.Join(",", result.FailedParts.Select(p => p.Kind)).Should().Be(failed);
        result.Clause.Should().Be("1.9.2");
    }

    [Fact]
    public void The_parts_carry_the_names_the_standard_prints()
    {
        var result = Scoring.Evaluate(72, 58);

        result.Theory.Name.Chinese.Should().Be("理论知识考试");
        result.Skill.Name.Chinese.Should().Be("技能考核");
    }

    [Fact]
    public void The_summary_tells_the_candidate_in_chinese_and_english()
    {
        var result = Scoring.Evaluate(59.5m, 60);

        result.Theory.Summary.Chinese.Should().Be("理论知识考试 59.5 分（满分 100 分，合格线 60 分（含））：不合格（1.9.2）。");
        result.Skill.Summary.English.Should().Be("Skill assessment: 60 of 100 points (pass mark 60, inclusive): pass (1.9.2).");
        result.Summary.Chinese.Should().EndWith("总评：不合格（1.9.2：两部分成绩皆达合格线者为合格）。");
        result.Summary.English.Should().Contain("Overall: fail");
        result.ToString().Should().Be("Theory 59.5/100 fail (pass 60, 1.9.2); Skill 60/100 pass (pass 60, 1.9.2) → fail");
    }

    // A score outside the scale names the argument and the clause.
    [Theory]
    [InlineData(-0.5, "is -0.5")]
    [InlineData(100.5, "is 100.5")]
    public void A_score_off_the_scale_is_refused_naming_the_argument(double bad, string problem)
    {
        FluentActions.Invoking(() => Scoring.Evaluate(AssessmentKind.Theory, (decimal)bad))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "score" && e.Message.Contains(problem) && e.Message.Contains("1.9.2"));
        FluentActions.Invoking(() => Scoring.Evaluate((decimal)bad, 80))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "theory");
        FluentActions.Invoking(() => Scoring.Evaluate(80, (decimal)bad))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "skill");
    }

    [Fact]
    public void An_undefined_kind_or_a_missing_standard_is_refused()
    {
        FluentActions.Invoking(() => Scoring.Evaluate((AssessmentKind)9, 80)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => new ScoreEvaluator(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "standard");
    }

    [Fact]
    public void The_rule_is_the_standards_own()
        => Scoring.Rule.Should().BeSameAs(Standards.Embedded.Assessment.Scoring);

    [Fact]
    public void Results_compare_by_value()
    {
        EqualityContract.Holds(Scoring.Evaluate(AssessmentKind.Theory, 60), Scoring.Evaluate(AssessmentKind.Theory, 60), Scoring.Evaluate(AssessmentKind.Theory, 59.5m), Scoring.Evaluate(AssessmentKind.Skill, 60));
        EqualityContract.Holds(Scoring.Evaluate(60, 70), Scoring.Evaluate(60, 70), Scoring.Evaluate(70, 60));
    }
}
