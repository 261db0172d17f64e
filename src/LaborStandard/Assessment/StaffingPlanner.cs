using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 考务人员配备 — the staffing rules of clause 1.9.3: how many proctors (监考人员) a theory room needs and how many
/// evaluators (考评人员) a skill assessment needs, the check of a planned session, and a planner that seats candidates in
/// rooms and staffs them. Every ratio and minimum is read from <see cref="AssessmentRequirements.GetStaffing"/>.
/// </summary>
/// <remarks>
/// <para>
/// Proctors: <c>max(minimum, ⌈n / ratio⌉)</c> for each room of <c>n</c> candidates (1:15, 每个考场不少于 2 名).
/// Evaluators: the same count, raised to the next odd number (1:15, 3 人以上单数). The standard says the evaluators'
/// ratio and minimum apply to the skill assessment, not to a room; this library reads that as one panel for all the
/// candidates of a session, so a session's evaluators are counted together however they are spread over rooms.
/// Which reading applies is data: <see cref="StaffingRule.Scope"/>.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class StaffingPlanner
{
    private readonly AssessmentRequirements _assessment;

    /// <summary>Creates the planner of a standard.</summary>
    /// <param name="standard">The standard whose staffing rules apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public StaffingPlanner(OccupationalStandard standard)
        => _assessment = Arguments.NotNull(standard, nameof(standard)).Assessment;

    /// <summary>Gets the staffing rule of a kind of assessment.</summary>
    /// <param name="kind">Theory (proctors) or skill (evaluators).</param>
    /// <returns>The rule as the standard sets it.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of assessment.</exception>
    public StaffingRule RuleFor(AssessmentKind kind) => _assessment.GetStaffing(Arguments.Kind(kind, nameof(kind)));

    /// <summary>Gets the proctors (监考人员) a theory examination room of <paramref name="candidates"/> needs.</summary>
    /// <param name="candidates">The candidates in the room, one or more.</param>
    /// <returns>The requirement, with how it is reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="candidates"/> is zero or negative.</exception>
    public StaffRequirement ProctorsFor(int candidates) => RequiredFor(AssessmentKind.Theory, candidates);

    /// <summary>Gets the evaluators (考评人员) a skill assessment of <paramref name="candidates"/> needs, as one panel.</summary>
    /// <param name="candidates">The candidates of the assessment, one or more.</param>
    /// <returns>The requirement, with how it is reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="candidates"/> is zero or negative.</exception>
    public StaffRequirement EvaluatorsFor(int candidates) => RequiredFor(AssessmentKind.Skill, candidates);

    /// <summary>Gets the staff one unit of a kind of assessment needs: a theory room or a skill assessment's panel.</summary>
    /// <param name="kind">The kind of assessment.</param>
    /// <param name="candidates">The candidates of the unit, one or more.</param>
    /// <returns>The requirement, with how it is reached.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of assessment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="candidates"/> is zero or negative.</exception>
    /// <example>
    /// <para>How many proctors a theory session of 47 candidates needs.</para>
    /// <code language="csharp">
    /// var planner = new StaffingPlanner(Standards.Embedded);
    /// StaffRequirement proctors = planner.RequiredFor(AssessmentKind.Theory, candidates: 47);
    /// Console.WriteLine($"{proctors.Required} proctors ({proctors.Clause})");
    /// </code>
    /// </example>
    public StaffRequirement RequiredFor(AssessmentKind kind, int candidates)
    {
        var rule = RuleFor(kind);
        Arguments.Positive(candidates, nameof(candidates), "candidates");
        return new StaffRequirement(rule, candidates);
    }

    /// <summary>
    /// Checks a planned session: the staff of each room (theory) or of the whole session (skill) against the ratio, the
    /// minimum and the odd count, and each room's candidates against its capacity where given.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>What each unit needs and every violation, each with its clause and numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public StaffingReport Validate(SessionPlan plan)
    {
        Arguments.NotNull(plan, nameof(plan));
        var rule = RuleFor(plan.Kind);
        var requirements = ImmutableArray.CreateBuilder<StaffRequirement>();
        var violations = ImmutableArray.CreateBuilder<Violation>();
        if (rule.Scope == StaffingScope.PerRoom)
        {
            for (var i = 0; i < plan.Rooms.Length; i++)
            {
                var room = plan.Rooms[i];
                var requirement = new StaffRequirement(rule, room.Candidates);
                requirements.Add(requirement);
                var subject = Invariant.Indexed("rooms", i);
                CheckStaff(requirement, room.Staff, subject, Vocabulary.Room(i), violations);
                CheckCapacity(room, subject, i, violations);
            }
        }
        else
        {
            var requirement = new StaffRequirement(rule, plan.Candidates);
            requirements.Add(requirement);
            var name = _assessment.GetMethod(plan.Kind).Name;
            CheckStaff(requirement, plan.Staff, "session", new LocalizedText($"本场{name.Chinese}", "the session"), violations);
            for (var i = 0; i < plan.Rooms.Length; i++)
            {
                CheckCapacity(plan.Rooms[i], Invariant.Indexed("rooms", i), i, violations);
            }
        }

        return new StaffingReport(plan, requirements.ToImmutable(), violations.ToImmutable());
    }

    /// <summary>
    /// Plans a session: seats <paramref name="candidates"/> in the rooms given and assigns the staff each needs, so that
    /// the plan passes <see cref="Validate"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Rooms are used largest first (an earlier room first among equals) and no more of them than the candidates need,
    /// because every room in use costs its minimum staff. For the theory examination the fewest proctors that can seat
    /// everyone in those rooms are found first; the candidates are then spread as evenly as those proctors and the
    /// capacities allow, an earlier room taking the odd candidate, and each room gets the proctors its candidates need.
    /// For the skill assessment the candidates are spread as evenly as the capacities allow and the panel of evaluators
    /// for all of them is stationed over the rooms in proportion to their candidates (largest remainder).
    /// </para>
    /// <para>The plan lists every room given, in the order given; a room not used has no candidates and no staff.</para>
    /// </remarks>
    /// <param name="kind">The kind of assessment.</param>
    /// <param name="candidates">The candidates to seat, one or more.</param>
    /// <param name="roomCapacities">The candidates each available room seats, each one or more.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="kind"/> is undefined, no room is given, or the rooms seat fewer candidates than
    /// <paramref name="candidates"/> in all.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="candidates"/> or a capacity is zero or negative.</exception>
    public SessionPlan Plan(AssessmentKind kind, int candidates, IEnumerable<int> roomCapacities)
    {
        var rule = RuleFor(kind);
        Arguments.Positive(candidates, nameof(candidates), "candidates");
        var capacities = Arguments.NotNull(roomCapacities, nameof(roomCapacities)).ToArray();
        if (capacities.Length == 0)
        {
            throw new ArgumentException("At least one room is needed to seat the candidates.", nameof(roomCapacities));
        }

        for (var i = 0; i < capacities.Length; i++)
        {
            Arguments.Positive(capacities[i], nameof(roomCapacities), string.Create(CultureInfo.InvariantCulture, $"seats of room {i + 1}"));
        }

        var seats = capacities.Sum(c => (long)c);
        if (seats < candidates)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The {capacities.Length} {(capacities.Length == 1 ? "room seats" : "rooms seat")} {Vocabulary.Candidates(seats)} in all, fewer than the {candidates} to seat: {candidates - seats} more {(candidates - seats == 1 ? "seat is" : "seats are")} needed."),
                nameof(roomCapacities));
        }

        var used = FewestRooms(capacities, candidates);
        int[] rooms;
        int[] staff;
        if (rule.Scope == StaffingScope.PerRoom)
        {
            rooms = Apportionment.FillEvenly(candidates, SeatsStaffed(rule, capacities, used, candidates));
            staff = [.. rooms.Select(n => new StaffRequirement(rule, n).Required)];
        }
        else
        {
            rooms = Apportionment.FillEvenly(candidates, [.. capacities.Select((c, i) => used[i] ? c : 0)]);
            staff = Apportionment.LargestRemainder(new StaffRequirement(rule, candidates).Required, rooms);
        }

        return new SessionPlan(kind, capacities.Select((c, i) => new RoomPlan(rooms[i], staff[i], c)));
    }

    private static void CheckStaff(StaffRequirement requirement, int staff, string subject, LocalizedText unit, ImmutableArray<Violation>.Builder violations)
    {
        if (requirement.Candidates == 0)
        {
            return;
        }

        var rule = requirement.Rule;
        var role = Vocabulary.Staff(rule.Role);
        void Add(ViolationKind kind, int required, string chinese, string english)
            => violations.Add(new Violation(kind, requirement.Clause, subject, staff, required, new LocalizedText(chinese, english)));

        if (staff < requirement.ByRatio)
        {
            Add(
                ViolationKind.StaffingRatio,
                requirement.ByRatio,
                string.Create(CultureInfo.InvariantCulture, $"{unit.Chinese}有 {requirement.Candidates} 名考生，按{role.Chinese}与考生 1：{rule.CandidatesPerStaff} 的配比至少需要 {requirement.ByRatio} 名{role.Chinese}，实际安排 {staff} 名。"),
                string.Create(CultureInfo.InvariantCulture, $"{Capitalized(unit.English)} has {Vocabulary.Candidates(requirement.Candidates)}; at a ratio of 1:{rule.CandidatesPerStaff} it needs at least {Vocabulary.Staff(rule.Role, requirement.ByRatio)}, but {Vocabulary.Are(staff)} assigned."));
        }

        if (staff < rule.MinimumStaff)
        {
            Add(
                ViolationKind.StaffingMinimum,
                rule.MinimumStaff,
                string.Create(CultureInfo.InvariantCulture, $"{unit.Chinese}应不少于 {rule.MinimumStaff} 名{role.Chinese}，实际安排 {staff} 名。"),
                string.Create(CultureInfo.InvariantCulture, $"{Capitalized(unit.English)} needs at least {Vocabulary.Staff(rule.Role, rule.MinimumStaff)}, but {Vocabulary.Are(staff)} assigned."));
        }

        if (rule.RequiresOddCount && staff % 2 == 0)
        {
            Add(
                ViolationKind.StaffingOddCount,
                staff + 1,
                string.Create(CultureInfo.InvariantCulture, $"{role.Chinese}应为单数，{unit.Chinese}实际安排 {staff} 名。"),
                string.Create(CultureInfo.InvariantCulture, $"The number of {role.English} must be odd, but {unit.English} has {staff}."));
        }
    }

    private static void CheckCapacity(RoomPlan room, string subject, int index, ImmutableArray<Violation>.Builder violations)
    {
        if (room.Capacity is not { } capacity || room.Candidates <= capacity)
        {
            return;
        }

        var name = Vocabulary.Room(index);
        violations.Add(new Violation(
            ViolationKind.RoomCapacity,
            AssessmentClauses.Venue,
            subject,
            room.Candidates,
            capacity,
            new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"{name.Chinese}可容纳 {capacity} 名考生，实际安排 {room.Candidates} 名。"),
                string.Create(CultureInfo.InvariantCulture, $"{Capitalized(name.English)} seats {Vocabulary.Candidates(capacity)}, but {Vocabulary.Are(room.Candidates)} placed in it."))));
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..]; // Units are never unnamed.

    /// <summary>The rooms to use: the largest first, an earlier room first among equals, until they seat everyone.</summary>
    private static bool[] FewestRooms(int[] capacities, int candidates)
    {
        var order = Enumerable.Range(0, capacities.Length).OrderByDescending(i => capacities[i]).ThenBy(i => i);
        var used = new bool[capacities.Length];
        long seated = 0;
        foreach (var i in order)
        {
            if (seated >= candidates)
            {
                break;
            }

            used[i] = true;
            seated += capacities[i];
        }

        return used;
    }

    /// <summary>
    /// The seats each used room offers once it has the fewest staff that seat everyone: every room starts at the minimum
    /// (seating <c>min(capacity, minimum × ratio)</c>), and each further member of staff goes where they add the most
    /// seats — a whole ratio's worth, earlier rooms first, before any room's last, partial step.
    /// </summary>
    private static int[] SeatsStaffed(StaffingRule rule, int[] capacities, bool[] used, int candidates)
    {
        var ratio = (long)rule.CandidatesPerStaff;
        var limits = new long[capacities.Length];
        long seated = 0;
        for (var i = 0; i < capacities.Length; i++)
        {
            limits[i] = used[i] ? Math.Min(capacities[i], rule.MinimumStaff * ratio) : 0;
            seated += limits[i];
        }

        // Whole steps: one more member of staff seats a full ratio of candidates.
        for (var i = 0; i < capacities.Length && seated < candidates; i++)
        {
            if (!used[i])
            {
                continue;
            }

            var wholeSteps = Math.Min((capacities[i] - limits[i]) / ratio, (candidates - seated + ratio - 1) / ratio);
            limits[i] += wholeSteps * ratio;
            seated += wholeSteps * ratio;
        }

        // Partial steps: the last member of staff in a room seats only what is left of its capacity; largest first.
        var partial = Enumerable.Range(0, capacities.Length).Where(i => used[i] && limits[i] < capacities[i]).OrderByDescending(i => capacities[i] - limits[i]).ThenBy(i => i);
        foreach (var i in partial)
        {
            if (seated >= candidates)
            {
                break;
            }

            seated += capacities[i] - limits[i];
            limits[i] = capacities[i];
        }

        return [.. limits.Select(l => (int)l)];
    }
}
