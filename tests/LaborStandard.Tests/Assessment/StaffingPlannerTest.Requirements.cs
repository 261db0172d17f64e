using LaborStandard.Assessment;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Assessment;

/// <summary>Clause 1.9.3: proctors per theory room (1:15, at least 2) and evaluators per skill assessment (1:15, at least 3, odd).</summary>
public partial class StaffingPlannerTest
{
    private static readonly StaffingPlanner Staffing = new(Standards.Embedded);

    // candidates in a room, by ratio, proctors — 1：15，且每个考场不少于 2 名监考人员.
    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(15, 1, 2)]
    [InlineData(16, 2, 2)]
    [InlineData(30, 2, 2)]
    [InlineData(31, 3, 3)]
    [InlineData(45, 3, 3)]
    [InlineData(46, 4, 4)]
    [InlineData(120, 8, 8)]
    [InlineData(int.MaxValue, 143165577, 143165577)]
    public void A_theory_room_needs_one_proctor_per_15_and_at_least_2(int candidates, int byRatio, int proctors)
    {
        var requirement = Staffing.ProctorsFor(candidates);

        requirement.Candidates.Should().Be(candidates);
        requirement.ByRatio.Should().Be(byRatio);
        requirement.Required.Should().Be(proctors);
        requirement.Role.Should().Be(StaffRole.Proctor);
        requirement.Kind.Should().Be(AssessmentKind.Theory);
        requirement.Clause.Should().Be("1.9.3");
    }

    // candidates, by ratio, evaluators — 1：15，且考评人员为 3 人以上单数.
    [Theory]
    [InlineData(1, 1, 3)]
    [InlineData(15, 1, 3)]
    [InlineData(30, 2, 3)]
    [InlineData(45, 3, 3)]
    [InlineData(46, 4, 5)]
    [InlineData(60, 4, 5)]
    [InlineData(75, 5, 5)]
    [InlineData(76, 6, 7)]
    [InlineData(105, 7, 7)]
    [InlineData(106, 8, 9)]
    [InlineData(int.MaxValue, 143165577, 143165577)]
    public void A_skill_assessment_needs_an_odd_panel_of_at_least_3_at_1_to_15(int candidates, int byRatio, int evaluators)
    {
        var requirement = Staffing.EvaluatorsFor(candidates);

        requirement.ByRatio.Should().Be(byRatio);
        requirement.Required.Should().Be(evaluators);
        (requirement.Required % 2).Should().Be(1);
        requirement.Role.Should().Be(StaffRole.Evaluator);
        requirement.Kind.Should().Be(AssessmentKind.Skill);
    }

    [Fact]
    public void The_requirement_explains_itself_in_both_languages()
    {
        Staffing.ProctorsFor(31).Explanation.Chinese.Should().Be("31 名考生：按 1：15 配比需 3 名，不少于 2 名，应配监考人员 3 名（1.9.3）。");
        Staffing.EvaluatorsFor(46).Explanation.Chinese.Should().Be("46 名考生：按 1：15 配比需 4 名，不少于 3 名且为单数，应配考评人员 5 名（1.9.3）。");
        Staffing.EvaluatorsFor(46).Explanation.English.Should().Be("46 candidates: 4 by the ratio 1:15, at least 3, an odd number: 5 evaluators (1.9.3).");
        Staffing.ProctorsFor(31).ToString().Should().Be("31 candidates → 3 Proctor (1.9.3)");
    }

    [Fact]
    public void The_rules_are_the_standards_own()
    {
        Staffing.RuleFor(AssessmentKind.Theory).Should().BeSameAs(Standards.Embedded.Assessment.GetStaffing(AssessmentKind.Theory));
        Staffing.ProctorsFor(20).Rule.Should().BeSameAs(Standards.Embedded.Assessment.GetStaffing(AssessmentKind.Theory));
        Staffing.EvaluatorsFor(20).Rule.Should().BeSameAs(Standards.Embedded.Assessment.GetStaffing(AssessmentKind.Skill));
        Staffing.RequiredFor(AssessmentKind.Skill, 46).Should().Be(Staffing.EvaluatorsFor(46));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Zero_or_negative_candidates_are_refused_naming_the_argument(int candidates)
    {
        FluentActions.Invoking(() => Staffing.ProctorsFor(candidates)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "candidates");
        FluentActions.Invoking(() => Staffing.EvaluatorsFor(candidates)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "candidates");
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Theory, candidates, [30])).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "candidates");
    }

    [Fact]
    public void An_undefined_kind_or_a_missing_standard_is_refused()
    {
        FluentActions.Invoking(() => Staffing.RequiredFor((AssessmentKind)0, 10)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => Staffing.Plan((AssessmentKind)3, 10, [30])).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => new StaffingPlanner(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "standard");
    }

    [Fact]
    public void Requirements_compare_by_value()
        => EqualityContract.Holds(Staffing.ProctorsFor(31), Staffing.ProctorsFor(31), Staffing.ProctorsFor(30), Staffing.EvaluatorsFor(31));
}
