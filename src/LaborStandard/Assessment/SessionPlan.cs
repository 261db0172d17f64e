using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 考务安排 — a planned session of one kind of assessment: its rooms, the candidates seated in each and the staff
/// assigned, as <see cref="StaffingPlanner.Plan"/> makes it or as an assessment centre writes it down for checking.
/// </summary>
/// <remarks>
/// For the theory knowledge examination each room is staffed on its own (每个考场); for the skill assessment the staff of
/// all rooms form one panel of evaluators for all the session's candidates (see <see cref="StaffingPlanner"/>).
/// Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed class SessionPlan : IEquatable<SessionPlan>
{
    /// <summary>Creates a plan.</summary>
    /// <param name="kind">The kind of assessment: theory or skill.</param>
    /// <param name="rooms">The rooms, at least one; the order is the caller's (rooms are named by it, counted from one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rooms"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined, or <paramref name="rooms"/> is empty or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rooms' candidates or staff add up to more than <see cref="int.MaxValue"/>.</exception>
    public SessionPlan(AssessmentKind kind, IEnumerable<RoomPlan> rooms)
    {
        Kind = Arguments.Kind(kind, nameof(kind));
        Rooms = [.. Arguments.NotNull(rooms, nameof(rooms))];
        Guard.Against.InvalidInput(Rooms, nameof(rooms), r => !r.IsEmpty, "A session has at least one room.");
        Guard.Against.InvalidInput(Rooms, nameof(rooms), r => r.All(room => room is not null), "A session's rooms may not be null.");
        Candidates = Total(Rooms.Sum(r => (long)r.Candidates), nameof(rooms), "candidates");
        Staff = Total(Rooms.Sum(r => (long)r.Staff), nameof(rooms), "staff");
    }

    /// <summary>Gets the kind of assessment.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the rooms, in the caller's order.</summary>
    public ImmutableArray<RoomPlan> Rooms { get; }

    /// <summary>Gets the candidates of the session: the sum over its rooms.</summary>
    public int Candidates { get; }

    /// <summary>Gets the staff of the session: the sum over its rooms.</summary>
    public int Staff { get; }

    /// <inheritdoc />
    public bool Equals(SessionPlan? other) => other is not null && Kind == other.Kind && Sequence.Equal(Rooms, other.Rooms);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Sequence.Hash(Rooms));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SessionPlan);

    private static int Total(long total, string name, string what)
        => total <= int.MaxValue
            ? (int)total
            : throw new ArgumentOutOfRangeException(name, total, string.Create(CultureInfo.InvariantCulture, $"The rooms hold {total} {what} in all, more than a session can count."));

    /// <summary>Returns the session in short.</summary>
    /// <returns>For example "Theory: 62 candidates, 5 staff in 2 rooms [32/40 candidates, 3 staff; 30/40 candidates, 2 staff]".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind}: {Candidates} candidates, {Staff} staff in {Rooms.Length} rooms [{string.Join("; ", Rooms)}]");
}
