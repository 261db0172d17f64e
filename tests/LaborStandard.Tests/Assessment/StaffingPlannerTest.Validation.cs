using LaborStandard.Assessment;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Assessment;

/// <summary>Clause 1.9.3: a planned session is checked room by room (theory) or as one panel (skill); every violation is listed.</summary>
public partial class StaffingPlannerTest
{
    // candidates, proctors, violations (kind:required) — one theory room.
    [Theory]
    [InlineData(15, 2, "")]
    [InlineData(15, 1, "StaffingMinimum:2")]
    [InlineData(16, 2, "")]
    [InlineData(16, 1, "StaffingRatio:2,StaffingMinimum:2")]
    [InlineData(30, 2, "")]
    [InlineData(31, 2, "StaffingRatio:3")]
    [InlineData(31, 3, "")]
    [InlineData(31, 1, "StaffingRatio:3,StaffingMinimum:2")]
    [InlineData(31, 0, "StaffingRatio:3,StaffingMinimum:2")]
    [InlineData(5, 4, "")]
    public void A_theory_room_is_checked_against_ratio_and_minimum(int candidates, int proctors, string expected)
    {
        var report = Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(candidates, proctors)]));

        Describe(report.Violations).Should().Be(expected);
        report.Passed.Should().Be(expected.Length == 0);
        report.Violations.Where(v => v.Clause != "1.9.3" || v.Subject != "rooms[0]" || v.Actual != proctors).Should().BeEmpty("each violation cites 1.9.3, the room and the proctors assigned");
        report.Requirements.Should().Equal(Staffing.ProctorsFor(candidates));
    }

    // candidates, evaluators, violations (kind:required) — a skill assessment as one panel.
    [Theory]
    [InlineData(45, 3, "")]
    [InlineData(45, 4, "StaffingOddCount:5")]
    [InlineData(45, 5, "")]
    [InlineData(45, 2, "StaffingRatio:3,StaffingMinimum:3,StaffingOddCount:3")]
    [InlineData(46, 3, "StaffingRatio:4")]
    [InlineData(46, 4, "StaffingOddCount:5")]
    [InlineData(46, 5, "")]
    [InlineData(10, 1, "StaffingMinimum:3")]
    [InlineData(10, 3, "")]
    public void A_skill_panel_is_checked_against_ratio_minimum_and_odd_count(int candidates, int evaluators, string expected)
    {
        var report = Staffing.Validate(new SessionPlan(AssessmentKind.Skill, [new RoomPlan(candidates, evaluators)]));

        Describe(report.Violations).Should().Be(expected);
        report.Passed.Should().Be(expected.Length == 0);
        report.Violations.Where(v => v.Clause != "1.9.3" || v.Subject != "session" || v.Actual != evaluators).Should().BeEmpty("each violation cites 1.9.3, the whole session and the evaluators assigned");
    }

    [Fact]
    public void Every_room_of_a_theory_session_is_checked_and_every_violation_listed_in_room_order()
    {
        var plan = new SessionPlan(AssessmentKind.Theory, [new RoomPlan(31, 2), new RoomPlan(30, 2), new RoomPlan(12, 1), new RoomPlan(0, 0)]);

        var report = Staffing.Validate(plan);

        report.Passed.Should().BeFalse();
        report.Violations.Select(v => (v.Subject, v.Kind, v.Actual, v.Required)).Should().Equal(
            ("rooms[0]", ViolationKind.StaffingRatio, 2m, 3m),
            ("rooms[2]", ViolationKind.StaffingMinimum, 1m, 2m));
        report.Requirements.Select(r => r.Required).Should().Equal(3, 2, 2, 0);
        report.ToString().Should().StartWith("1.9.3: 2 violations: 1.9.3 rooms[0]: 第 1 考场有 31 名考生");
    }

    [Fact]
    public void The_evaluators_of_a_skill_session_form_one_panel_over_its_rooms()
    {
        // 46 candidates in two rooms: the panel is 5 evaluators for all 46, however they are stationed.
        var panelOfFive = new SessionPlan(AssessmentKind.Skill, [new RoomPlan(23, 3), new RoomPlan(23, 2)]);
        var panelOfFour = new SessionPlan(AssessmentKind.Skill, [new RoomPlan(23, 2), new RoomPlan(23, 2)]);

        Staffing.Validate(panelOfFive).Passed.Should().BeTrue();
        Staffing.Validate(panelOfFive).Requirements.Should().Equal(Staffing.EvaluatorsFor(46));
        var report = Staffing.Validate(panelOfFour);
        Describe(report.Violations).Should().Be("StaffingOddCount:5");
    }

    [Fact]
    public void Violations_say_what_is_wrong_in_chinese_and_english_with_the_numbers()
    {
        var theory = Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(20, 2), new RoomPlan(31, 1)])).Violations;
        var skill = Staffing.Validate(new SessionPlan(AssessmentKind.Skill, [new RoomPlan(46, 4)])).Violations;

        theory[0].Message.Chinese.Should().Be("第 2 考场有 31 名考生，按监考人员与考生 1：15 的配比至少需要 3 名监考人员，实际安排 1 名。");
        theory[0].Message.English.Should().Be("Room 2 has 31 candidates; at a ratio of 1:15 it needs at least 3 proctors, but 1 is assigned.");
        theory[1].Message.English.Should().Be("Room 2 needs at least 2 proctors, but 1 is assigned.");
        theory[1].Message.Chinese.Should().Be("第 2 考场应不少于 2 名监考人员，实际安排 1 名。");
        skill.Single().Message.Chinese.Should().Be("考评人员应为单数，本场技能考核实际安排 4 名。");
        skill.Single().Message.English.Should().Be("The number of evaluators must be odd, but the session has 4.");
        theory[0].ToString().Should().Be("1.9.3 rooms[1]: 第 2 考场有 31 名考生，按监考人员与考生 1：15 的配比至少需要 3 名监考人员，实际安排 1 名。");
    }

    [Fact]
    public void A_session_without_candidates_needs_no_staff_and_breaks_no_rule()
    {
        foreach (var kind in (AssessmentKind[])[AssessmentKind.Theory, AssessmentKind.Skill])
        {
            var report = Staffing.Validate(new SessionPlan(kind, [new RoomPlan(0, 0)]));

            report.Requirements.Should().ContainSingle().Which.Required.Should().Be(0);
            report.Passed.Should().BeTrue();
        }
    }

    [Fact]
    public void Every_room_of_a_skill_session_is_checked_against_its_capacity()
    {
        var report = Staffing.Validate(new SessionPlan(AssessmentKind.Skill, [new RoomPlan(30, 3, capacity: 30), new RoomPlan(16, 2, capacity: 15)]));

        report.Violations.Should().ContainSingle().Which.Should().Match<Violation>(v =>
            v.Kind == ViolationKind.RoomCapacity && v.Clause == "1.9.5" && v.Subject == "rooms[1]" && v.Actual == 16 && v.Required == 15);
    }

    [Fact]
    public void A_room_over_its_capacity_is_a_violation_of_the_venue_clause()
    {
        var report = Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(31, 3, capacity: 30), new RoomPlan(30, 2, capacity: 30)]));

        var violation = report.Violations.Single();
        violation.Kind.Should().Be(ViolationKind.RoomCapacity);
        violation.Clause.Should().Be("1.9.5");
        (violation.Subject, violation.Actual, violation.Required).Should().Be(("rooms[0]", 31m, 30m));
        violation.Message.Chinese.Should().Be("第 1 考场可容纳 30 名考生，实际安排 31 名。");
    }

    [Fact]
    public void Bad_plans_are_refused_naming_the_argument()
    {
        FluentActions.Invoking(() => new RoomPlan(-1, 2)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "candidates");
        FluentActions.Invoking(() => new RoomPlan(10, -2)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "staff");
        FluentActions.Invoking(() => new RoomPlan(10, 2, 0)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "capacity");
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Theory, [])).Should().Throw<ArgumentException>().Where(e => e.ParamName == "rooms");
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Theory, [null!])).Should().Throw<ArgumentException>().Where(e => e.ParamName == "rooms");
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Theory, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "rooms");
        FluentActions.Invoking(() => new SessionPlan((AssessmentKind)0, [new RoomPlan(1, 2)])).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => new SessionPlan(AssessmentKind.Theory, [new RoomPlan(int.MaxValue, 2), new RoomPlan(1, 2)]))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "rooms");
        FluentActions.Invoking(() => Staffing.Validate(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "plan");
    }

    [Fact]
    public void Plans_compare_by_value_and_read_well()
    {
        EqualityContract.Holds(new RoomPlan(31, 3, 40), new RoomPlan(31, 3, 40), new RoomPlan(31, 3), new RoomPlan(30, 3, 40), new RoomPlan(31, 2, 40));
        var plan = new SessionPlan(AssessmentKind.Theory, [new RoomPlan(32, 3, 40), new RoomPlan(30, 2, 40)]);
        EqualityContract.Holds(
            plan,
            new SessionPlan(AssessmentKind.Theory, [new RoomPlan(32, 3, 40), new RoomPlan(30, 2, 40)]),
            new SessionPlan(AssessmentKind.Skill, [new RoomPlan(32, 3, 40), new RoomPlan(30, 2, 40)]),
            new SessionPlan(AssessmentKind.Theory, [new RoomPlan(30, 2, 40), new RoomPlan(32, 3, 40)]));
        plan.ToString().Should().Be("Theory: 62 candidates, 5 staff in 2 rooms [32/40 candidates, 3 staff; 30/40 candidates, 2 staff]");
        (plan.Candidates, plan.Staff).Should().Be((62, 5));
    }

    [Fact]
    public void Violations_compare_by_value()
    {
        Violation Of(int staff) => Staffing.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(31, staff)])).Violations[0];

        EqualityContract.Holds(Of(2), Of(2), Of(1));
    }

    private static string Describe(IEnumerable<Violation> violations)
        => string.Join(",", violations.Select(v => $"{v.Kind}:{v.Required}"));
}
