using System.ComponentModel;
using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Tests.Assessment;

/// <summary>
/// What the assessment rules say in words: results a candidate reads, and errors that name the argument, the rule and
/// the value, so that a caller can fix the input without reading the source.
/// </summary>
public class AssessmentMessagesTest
{
    private static readonly OccupationalStandard Standard = Standards.Embedded;
    private static readonly ScoreEvaluator Scoring = new(Standard);
    private static readonly StaffingPlanner Staffing = new(Standard);
    private static readonly BlueprintBuilder Blueprints = new(Standard);
    private static readonly TrainingCheck Training = new(Standard);

    [Fact]
    public void A_part_result_reads_as_pass_or_fail_with_the_pass_mark_and_clause()
    {
        Scoring.Evaluate(AssessmentKind.Theory, 59.5m).Summary.Should().Be(new LocalizedText(
            "理论知识考试 59.5 分（满分 100 分，合格线 60 分（含））：不合格（1.9.2）。",
            "Theory knowledge examination: 59.5 of 100 points (pass mark 60, inclusive): fail (1.9.2)."));
        Scoring.Evaluate(AssessmentKind.Skill, 60).Summary.Should().Be(new LocalizedText(
            "技能考核 60 分（满分 100 分，合格线 60 分（含））：合格（1.9.2）。",
            "Skill assessment: 60 of 100 points (pass mark 60, inclusive): pass (1.9.2)."));
    }

    [Theory]
    [InlineData(1, "1 candidate: 1 by the ratio 1:15, at least 2: 2 proctors (1.9.3).")]
    [InlineData(31, "31 candidates: 3 by the ratio 1:15, at least 2: 3 proctors (1.9.3).")]
    public void English_counts_agree_in_number(int candidates, string expected)
    {
        new StaffingPlanner(Standards.Embedded).RequiredFor(AssessmentKind.Theory, candidates).Explanation.English.Should().Be(expected);
    }

    [Fact]
    public void The_overall_result_reads_as_both_parts_and_the_verdict()
    {
        var passed = Scoring.Evaluate(72, 60);
        var failed = Scoring.Evaluate(72, 59.5m);

        passed.Summary.Chinese.Should().EndWith("总评：合格（1.9.2：两部分成绩皆达合格线者为合格）。");
        passed.Summary.English.Should().EndWith("Overall: pass (1.9.2: a candidate passes when both parts pass).");
        failed.Summary.Chinese.Should().StartWith(failed.Theory.Summary.Chinese + failed.Skill.Summary.Chinese)
            .And.EndWith("总评：不合格（1.9.2：两部分成绩皆达合格线者为合格）。");
        failed.Summary.English.Should().StartWith(failed.Theory.Summary.English + " " + failed.Skill.Summary.English)
            .And.EndWith("Overall: fail (1.9.2: a candidate passes when both parts pass).");
        passed.ToString().Should().Be($"{passed.Theory}; {passed.Skill} → pass");
        failed.ToString().Should().Be($"{failed.Theory}; {failed.Skill} → fail");
    }

    [Fact]
    public void A_training_check_reads_as_hours_against_the_standard_hours()
    {
        Training.Check(SkillLevel.Level4, 80).ToString().Should().Be("1.8 四级/中级工: 80/100 hours, 20 short");
        Training.Check(SkillLevel.Level4, 100).ToString().Should().Be("1.8 四级/中级工: 100/100 hours, passed");
    }

    [Fact]
    public void A_staff_requirement_explains_ratio_minimum_and_odd_count()
    {
        Staffing.ProctorsFor(31).Explanation.Should().Be(new LocalizedText(
            "31 名考生：按 1：15 配比需 3 名，不少于 2 名，应配监考人员 3 名（1.9.3）。",
            "31 candidates: 3 by the ratio 1:15, at least 2: 3 proctors (1.9.3)."));
        Staffing.EvaluatorsFor(46).Explanation.Should().Be(new LocalizedText(
            "46 名考生：按 1：15 配比需 4 名，不少于 3 名且为单数，应配考评人员 5 名（1.9.3）。",
            "46 candidates: 4 by the ratio 1:15, at least 3, an odd number: 5 evaluators (1.9.3)."));
    }

    [Fact]
    public void A_report_counts_its_violations_in_words()
    {
        Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(20, 2)])).ToString().Should().Be("1.9.3: passed");
        var one = Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(15, 1)]));
        var two = Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(31, 1)]));

        one.ToString().Should().Be($"1.9.3: 1 violation: {one.Violations[0]}");
        two.ToString().Should().Be($"1.9.3: 2 violations: {two.Violations[0]}; {two.Violations[1]}");
    }

    [Fact]
    public void A_room_reads_as_candidates_over_capacity_and_staff()
    {
        new RoomPlan(31, 3, 40).ToString().Should().Be("31/40 candidates, 3 staff");
        new RoomPlan(31, 3).ToString().Should().Be("31 candidates, 3 staff");
    }

    [Fact]
    public void Bad_scores_are_refused_naming_the_part_the_value_and_the_scale()
    {
        FluentActions.Invoking(() => Scoring.Evaluate(101, 60)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "theory").WithMessage("The theory score is 101; scores run from 0 to 100 (1.9.2).*");
    }

    [Fact]
    public void An_undefined_kind_of_assessment_is_refused_before_anything_else_is_looked_up()
    {
        const AssessmentKind undefined = (AssessmentKind)7;

        FluentActions.Invoking(() => Scoring.Evaluate(undefined, 50)).Should().Throw<InvalidEnumArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => Blueprints.Build(undefined, SkillLevel.Level4, 10)).Should().Throw<InvalidEnumArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => Blueprints.WeightedTotal(undefined, SkillLevel.Level4, new Dictionary<WeightTarget, decimal>()))
            .Should().Throw<InvalidEnumArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => Staffing.RequiredFor(undefined, 10)).Should().Throw<InvalidEnumArgumentException>().Where(e => e.ParamName == "kind");
    }

    [Fact]
    public void Bad_counts_are_refused_naming_what_was_counted_and_the_value()
    {
        FluentActions.Invoking(() => new RoomPlan(-1, 2)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "candidates").WithMessage("The number of candidates in a room must be zero or more, was -1.*");
        FluentActions.Invoking(() => new RoomPlan(1, -2)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "staff").WithMessage("The number of staff in a room must be zero or more, was -2.*");
        FluentActions.Invoking(() => new RoomPlan(1, 2, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "capacity").WithMessage("The number of seats of a room must be greater than zero, was 0.*");
        FluentActions.Invoking(() => Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, -1)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "count").WithMessage("The number of questions or tasks must be zero or more, was -1.*");
        FluentActions.Invoking(() => Staffing.ProctorsFor(0)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "candidates").WithMessage("The number of candidates must be greater than zero, was 0.*");
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Theory, 0, [30])).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "candidates").WithMessage("The number of candidates must be greater than zero, was 0.*");
        FluentActions.Invoking(() => Training.Check(SkillLevel.Level3, -0.5m)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "completedHours").WithMessage("Training hours completed must be zero or more.*");
        FluentActions.Invoking(() => new TimetableSlot(AssessmentKind.Theory, DateTimeOffset.UnixEpoch, TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "duration").WithMessage("A sitting lasts longer than zero.*");
    }

    [Fact]
    public void A_plan_without_rooms_is_refused_with_the_reason()
    {
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Theory, 10, [])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "roomCapacities").WithMessage("At least one room is needed to seat the candidates.*");
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Theory, [])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "rooms").WithMessage("A session has at least one room.*");
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Theory, [new RoomPlan(10, 2), null!])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "rooms").WithMessage("A session's rooms may not be null.*");
    }

    [Fact]
    public void A_session_counts_up_to_the_largest_int_and_refuses_more_naming_what_overflowed()
    {
        new SessionPlan(AssessmentKind.Theory, [new RoomPlan(int.MaxValue - 1, 0), new RoomPlan(1, 0)]).Candidates.Should().Be(int.MaxValue);
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Theory, [new RoomPlan(int.MaxValue, 0), new RoomPlan(1, 0)]))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "rooms")
            .WithMessage("The rooms hold 2147483648 candidates in all, more than a session can count.*");
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Skill, [new RoomPlan(0, int.MaxValue), new RoomPlan(0, 2)]))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "rooms")
            .WithMessage("The rooms hold 2147483649 staff in all, more than a session can count.*");
    }

    [Fact]
    public void Scores_that_miss_a_row_or_name_a_part_the_table_does_not_weigh_are_refused_with_each_problem()
    {
        var rows = Standard.GetWeightTable(AssessmentKind.Theory).ForLevel(SkillLevel.Level4);
        var all = rows.ToDictionary(r => r.Row.Target, _ => 80m);
        var missing = new Dictionary<WeightTarget, decimal>(all);
        missing.Remove(rows[0].Row.Target);
        var foreign = new WeightTarget(WeightTargetKind.Function, "9");
        var extra = new Dictionary<WeightTarget, decimal>(all) { [foreign] = 80 };
        var both = new Dictionary<WeightTarget, decimal>(missing) { [foreign] = 80 };

        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level4, missing)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "scores").WithMessage($"Table 4.1 weighs {rows.Length} rows for 四级/中级工: no score for {rows[0].Row.Target}.*");
        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level4, extra)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "scores").WithMessage($"Table 4.1 weighs {rows.Length} rows for 四级/中级工: scores for parts the table does not weigh: {foreign}.*");
        FluentActions.Invoking(() => Blueprints.WeightedTotal(AssessmentKind.Theory, SkillLevel.Level4, both)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "scores").WithMessage($"*: no score for {rows[0].Row.Target}; scores for parts the table does not weigh: {foreign}.*");
    }
}
