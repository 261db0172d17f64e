using System.Text.Json.Nodes;
using LaborStandard.Assessment;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Assessment;

/// <summary>
/// Every figure of the rules comes from the standard's data: a later edition with other figures changes the rules
/// without a change of code.
/// </summary>
public class LaterEditionTest
{
    private static readonly AssessmentRules Rules = new(LaterEdition());

    /// <summary>The shipped document with other figures: pass mark 70, 1:20 with 3 proctors a room, 1:10 with 5 evaluators, 100/150 minutes, 四级 120 hours, 4.2 四级 weights 25 25 20 15 15.</summary>
    private static OccupationalStandard LaterEdition()
    {
        var document = JsonNode.Parse(Standards.ReadEmbeddedJson())!;
        var assessment = document["assessment"]!;
        assessment["scoring"]!["passMark"] = 70;
        assessment["staffing"]![0]!["candidatesPerStaff"] = 20;
        assessment["staffing"]![0]!["minimumStaff"] = 3;
        assessment["staffing"]![1]!["candidatesPerStaff"] = 10;
        assessment["staffing"]![1]!["minimumStaff"] = 5;
        assessment["durations"]![0]!["minimumMinutes"] = 100;
        assessment["durations"]![1]!["minimumMinutes"] = 150;
        document["overview"]!["levels"]![0]!["trainingHours"] = 120;
        var skillRows = document["weightTables"]![1]!["rows"]!;
        skillRows[0]!["weights"]![0]!["percent"] = 25;
        skillRows[1]!["weights"]![0]!["percent"] = 25;
        return StandardDocument.Parse(document.ToJsonString());
    }

    [Fact]
    public void The_pass_mark_follows_the_data()
    {
        Rules.Scoring.Evaluate(AssessmentKind.Theory, 69.5m).Passed.Should().BeFalse();
        Rules.Scoring.Evaluate(AssessmentKind.Theory, 70).Passed.Should().BeTrue();
        Rules.Scoring.Evaluate(65, 80).Theory.PassMark.Should().Be(70);
    }

    [Fact]
    public void The_staffing_ratios_and_minimums_follow_the_data()
    {
        Rules.Staffing.ProctorsFor(60).Required.Should().Be(3);
        Rules.Staffing.ProctorsFor(61).Required.Should().Be(4);
        Rules.Staffing.EvaluatorsFor(10).Required.Should().Be(5);
        Rules.Staffing.EvaluatorsFor(51).Required.Should().Be(7);
        var report = Rules.Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(20, 2)]));
        report.Violations.Single().Message.Chinese.Should().Be("第 1 考场应不少于 3 名监考人员，实际安排 2 名。");
        Rules.Staffing.Validate(Rules.Staffing.Plan(AssessmentKind.Theory, 100, [45, 45, 45])).Passed.Should().BeTrue();
    }

    [Fact]
    public void The_durations_follow_the_data()
    {
        var start = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

        Rules.Timetable.Validate(new TimetableSlot(AssessmentKind.Theory, start, TimeSpan.FromMinutes(99))).Passed.Should().BeFalse();
        Rules.Timetable.Validate(new TimetableSlot(AssessmentKind.Theory, start, TimeSpan.FromMinutes(100))).Passed.Should().BeTrue();
        Rules.Timetable.MinimumDuration(AssessmentKind.Skill).Should().Be(TimeSpan.FromMinutes(150));
    }

    [Fact]
    public void The_training_hours_follow_the_data()
    {
        Rules.Training.Check(SkillLevel.Level4, 100).Shortfall.Should().Be(20);
        Rules.Training.Check(SkillLevel.Level4, 120).Passed.Should().BeTrue();
    }

    [Fact]
    public void The_weights_follow_the_data()
    {
        Rules.Blueprints.Build(AssessmentKind.Skill, SkillLevel.Level4, 20).Rows.Select(r => r.Count).Should().Equal(5, 5, 4, 3, 3);
        Rules.Standard.Should().NotBe(Standards.Embedded);
    }
}
