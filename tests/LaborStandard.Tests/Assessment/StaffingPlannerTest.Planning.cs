using LaborStandard.Model;

namespace LaborStandard.Tests.Assessment;

/// <summary>The planner: candidates seated in the rooms given, never over capacity, each room staffed as 1.9.3 asks.</summary>
public partial class StaffingPlannerTest
{
    // candidates, capacities, candidates per room, proctors per room — theory.
    public static TheoryData<int, int[], int[], int[]> TheoryPlans => new()
    {
        { 15, [30], [15], [2] },
        { 16, [30], [16], [2] },
        { 31, [40], [31], [3] },
        { 40, [50, 50], [40, 0], [3, 0] },          // one room seats everyone: the second costs 2 more proctors
        { 60, [40, 40], [30, 30], [2, 2] },         // 2 proctors seat 30 in each room
        { 62, [40, 40], [32, 30], [3, 2] },         // a third proctor in the first room seats the two over 60
        { 100, [50, 50, 50], [50, 50, 0], [4, 4, 0] },
        { 45, [20, 30, 25], [0, 23, 22], [0, 2, 2] }, // largest rooms first, then evenly
        { 7, [10, 10], [7, 0], [2, 0] },
        { 90, [30, 30, 30], [30, 30, 30], [2, 2, 2] },
        { 91, [31, 30, 30], [31, 30, 30], [3, 2, 2] },
        { 101, [100, 100], [71, 30], [5, 2] },      // whole steps: 3 more proctors in the first room, none in the second
        { 150, [100, 100], [90, 60], [6, 4] },      // whole steps fill the first room before the second takes any
        { 70, [35, 40], [30, 40], [2, 3] },         // the partial step that seats the most (10 in the second room) is enough
        { 80, [50, 44], [40, 40], [3, 3] },         // partial steps go by seats left (14 before 5), not by room size
    };

    [Theory]
    [MemberData(nameof(TheoryPlans))]
    public void The_planner_seats_theory_candidates_in_the_fewest_rooms_with_the_fewest_proctors(int candidates, int[] capacities, int[] seated, int[] proctors)
    {
        var plan = Staffing.Plan(AssessmentKind.Theory, candidates, capacities);

        plan.Kind.Should().Be(AssessmentKind.Theory);
        plan.Rooms.Select(r => r.Candidates).Should().Equal(seated);
        plan.Rooms.Select(r => r.Staff).Should().Equal(proctors);
        plan.Rooms.Select(r => r.Capacity).Should().Equal(capacities.Select(c => (int?)c));
        Staffing.Validate(plan).Passed.Should().BeTrue();
    }

    // candidates, capacities, candidates per room, evaluators per room — skill: one panel stationed in proportion.
    public static TheoryData<int, int[], int[], int[]> SkillPlans => new()
    {
        { 10, [30], [10], [3] },
        { 46, [30, 30], [23, 23], [3, 2] },
        { 46, [50], [46], [5] },
        { 76, [40, 40, 40], [38, 38, 0], [4, 3, 0] },
    };

    [Theory]
    [MemberData(nameof(SkillPlans))]
    public void The_planner_spreads_skill_candidates_and_stations_one_panel(int candidates, int[] capacities, int[] seated, int[] evaluators)
    {
        var plan = Staffing.Plan(AssessmentKind.Skill, candidates, capacities);

        plan.Rooms.Select(r => r.Candidates).Should().Equal(seated);
        plan.Rooms.Select(r => r.Staff).Should().Equal(evaluators);
        plan.Staff.Should().Be(Staffing.EvaluatorsFor(candidates).Required);
        Staffing.Validate(plan).Passed.Should().BeTrue();
    }

    [Fact]
    public void Plans_for_many_inputs_pass_the_validator_and_never_exceed_a_capacity()
    {
        var random = new Random(20250601);
        for (var run = 0; run < 2000; run++)
        {
            var kind = run % 2 == 0 ? AssessmentKind.Theory : AssessmentKind.Skill;
            var capacities = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(1, 81)).ToArray();
            var candidates = random.Next(1, capacities.Sum() + 1);

            var plan = Staffing.Plan(kind, candidates, capacities);

            var because = $"{kind} {candidates} in [{string.Join(", ", capacities)}] → {plan}";
            Staffing.Validate(plan).Violations.Should().BeEmpty(because);
            plan.Candidates.Should().Be(candidates, because);
            plan.Rooms.Select(r => r.Capacity!.Value).Should().Equal(capacities, because);
            plan.Rooms.Should().OnlyContain(r => r.Candidates <= r.Capacity, because);
            if (kind == AssessmentKind.Theory)
            {
                plan.Rooms.Should().OnlyContain(r => r.Staff == (r.InUse ? Staffing.ProctorsFor(r.Candidates).Required : 0), because);
            }
            else
            {
                plan.Staff.Should().Be(Staffing.EvaluatorsFor(candidates).Required, because);
            }

            // No more rooms than needed: the largest rooms but one would not seat everyone.
            var used = plan.Rooms.Count(r => r.InUse);
            capacities.OrderDescending().Take(used - 1).Sum().Should().BeLessThan(candidates, because);
        }
    }

    [Fact]
    public void The_planner_does_not_change_what_it_is_given()
    {
        int[] capacities = [20, 40, 30];

        Staffing.Plan(AssessmentKind.Theory, 50, capacities);

        capacities.Should().Equal(20, 40, 30);
    }

    [Fact]
    public void Too_few_seats_are_refused_saying_how_many_are_missing()
    {
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Theory, 61, [30, 30]))
            .Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "roomCapacities" && e.Message.Contains("seat 60 candidates in all, fewer than the 61 to seat: 1 more seat is needed"));
    }

    [Fact]
    public void Bad_rooms_are_refused_naming_the_argument()
    {
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Theory, 10, [])).Should().Throw<ArgumentException>().Where(e => e.ParamName == "roomCapacities");
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Theory, 10, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "roomCapacities");
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Theory, 10, [30, 0]))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "roomCapacities" && e.Message.Contains("seats of room 2"));
        FluentActions.Invoking(() => Staffing.Plan(AssessmentKind.Skill, 10, [-5])).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "roomCapacities");
    }
}
