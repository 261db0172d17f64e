using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Tests.Assessment;

/// <summary>
/// The examples of docs/guides/assessment.md, as written there, so that the guide keeps compiling against the API and
/// says what the code does. Change both together.
/// </summary>
public class GuideExamplesTest
{
    private static readonly AssessmentRules Rules = new(Standards.Embedded);

    [Fact]
    public void Scoring()
    {
        var result = Rules.Scoring.Evaluate(theory: 72, skill: 59.5m);

        result.Passed.Should().BeFalse();
        result.Skill.Passed.Should().BeFalse();
        result.FailedParts.Single().Kind.Should().Be(AssessmentKind.Skill);
        result.Skill.Summary.Chinese.Should().Be("技能考核 59.5 分（满分 100 分，合格线 60 分（含））：不合格（1.9.2）。");

        Rules.Scoring.Evaluate(AssessmentKind.Theory, 60).Passed.Should().BeTrue();
    }

    [Fact]
    public void Staffing_requirements()
    {
        var proctors = Rules.Staffing.ProctorsFor(31);
        var evaluators = Rules.Staffing.EvaluatorsFor(46);

        proctors.Required.Should().Be(3);
        evaluators.Required.Should().Be(5);
        evaluators.Explanation.Chinese.Should().Be("46 名考生：按 1：15 配比需 4 名，不少于 3 名且为单数，应配考评人员 5 名（1.9.3）。");
    }

    [Fact]
    public void Staffing_validation()
    {
        var plan = new SessionPlan(AssessmentKind.Theory,
        [
            new RoomPlan(candidates: 31, staff: 2, capacity: 40),
            new RoomPlan(candidates: 12, staff: 1, capacity: 40),
        ]);

        var report = Rules.Staffing.Validate(plan);

        report.Passed.Should().BeFalse();
        report.Violations.Select(v => v.ToString()).Should().Equal(
            "1.9.3 rooms[0]: 第 1 考场有 31 名考生，按监考人员与考生 1：15 的配比至少需要 3 名监考人员，实际安排 2 名。",
            "1.9.3 rooms[1]: 第 2 考场应不少于 2 名监考人员，实际安排 1 名。");
        report.Violations[0].Message.English.Should().Be("Room 1 has 31 candidates; at a ratio of 1:15 it needs at least 3 proctors, but 2 are assigned.");
        (report.Violations[0].Actual, report.Violations[0].Required).Should().Be((2m, 3m));
    }

    [Fact]
    public void Staffing_planner()
    {
        var plan = Rules.Staffing.Plan(AssessmentKind.Theory, candidates: 62, roomCapacities: [40, 40, 25]);

        plan.ToString().Should().Be("Theory: 62 candidates, 5 staff in 3 rooms [32/40 candidates, 3 staff; 30/40 candidates, 2 staff; 0/25 candidates, 0 staff]");
        Rules.Staffing.Validate(plan).Passed.Should().BeTrue();

        var skill = Rules.Staffing.Plan(AssessmentKind.Skill, candidates: 46, roomCapacities: [30, 30]);
        skill.ToString().Should().Be("Skill: 46 candidates, 5 staff in 2 rooms [23/30 candidates, 3 staff; 23/30 candidates, 2 staff]");
    }

    [Fact]
    public void Timetable()
    {
        var nine = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var report = Rules.Timetable.Validate(
        [
            new TimetableSlot(AssessmentKind.Theory, nine, TimeSpan.FromMinutes(89)),
            new TimetableSlot(AssessmentKind.Skill, nine.AddHours(3), TimeSpan.FromMinutes(120)),
        ]);

        report.Passed.Should().BeFalse();
        report.Violations.Single().Message.Chinese.Should().Be("2025-06-01 09:00 开始的理论知识考试时间不少于 90 分钟，实际安排 89 分钟。");
        Rules.Timetable.MinimumDuration(AssessmentKind.Skill).Should().Be(TimeSpan.FromMinutes(120));
    }

    [Fact]
    public void Blueprint_allocation()
    {
        var blueprint = Rules.Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, count: 10);

        blueprint.Rows.Select(r => r.ToString()).Should().Equal(
            "职业道德 10%: 1 → 1 (0)",
            "基础知识 30%: 3 → 3 (0)",
            "基层平台信息管理 10%: 1 → 1 (0)",
            "就业创业服务 15%: 1.5 → 2 (+0.5)",
            "社会保险服务 15%: 1.5 → 1 (-0.5)",
            "退休人员社会化服务 10%: 1 → 1 (0)",
            "劳动关系协调和维权 10%: 1 → 1 (0)");
        blueprint.MaxDeviation.Should().Be(0.5m);
    }

    [Fact]
    public void Blueprint_breakdown()
    {
        var blueprint = Rules.Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level3, count: 100);
        var employment = blueprint.Rows[3];

        employment.Parts.Select(p => p.ToString()).Take(3).Should().Equal(
            "2 × 3.1 / 2.1 政策咨询服务",
            "3 × 3.1 / 2.2 职业介绍服务",
            "2 × 3.1 / 2.3 职业培训服务");
        blueprint.Items.Sum(i => i.Count).Should().Be(100);
        blueprint.Items[0].ToString().Should().Be("1 × 2.1.1（1） 职业道德概念。");
    }

    [Fact]
    public void Weighted_total()
    {
        var table = Standards.Embedded.GetWeightTable(AssessmentKind.Skill);
        decimal[] scores = [40, 80, 60, 70, 50];
        var byRow = table.Rows.Select((row, i) => (row.Target, Score: scores[i])).ToDictionary(p => p.Target, p => p.Score);

        var total = Rules.Blueprints.WeightedTotal(AssessmentKind.Skill, SkillLevel.Level3, byRow);

        total.Total.Should().Be(64);
        Rules.Scoring.Evaluate(AssessmentKind.Skill, total.Total).Passed.Should().BeTrue();
    }

    [Fact]
    public void Training()
    {
        var result = Rules.Training.Check(SkillLevel.Level4, completedHours: 96);

        result.Passed.Should().BeFalse();
        result.Shortfall.Should().Be(4);
        result.Violations.Single().Message.Chinese.Should().Be("四级培训标准学时为 100 学时，已完成 96 学时，尚差 4 学时。");
    }
}
