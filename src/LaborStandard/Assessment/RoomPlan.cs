using System.Globalization;

namespace LaborStandard.Assessment;

/// <summary>
/// 考场 — one room of a planned session: the candidates seated in it, the staff assigned to it and, where known, the
/// number of candidates it seats.
/// </summary>
/// <remarks>
/// A room with no candidates is a room not in use: it needs no staff. Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed class RoomPlan : IEquatable<RoomPlan>
{
    /// <summary>Creates a room of a plan.</summary>
    /// <param name="candidates">The candidates seated, zero or more.</param>
    /// <param name="staff">The proctors or evaluators assigned, zero or more.</param>
    /// <param name="capacity">The candidates the room seats, greater than zero; <see langword="null"/> when not known.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the capacity is zero or negative.</exception>
    public RoomPlan(int candidates, int staff, int? capacity = null)
    {
        Candidates = Arguments.NotNegative(candidates, nameof(candidates), "candidates in a room");
        Staff = Arguments.NotNegative(staff, nameof(staff), "staff in a room");
        if (capacity is { } seats)
        {
            Arguments.Positive(seats, nameof(capacity), "seats of a room");
        }

        Capacity = capacity;
    }

    /// <summary>Gets the candidates seated in the room.</summary>
    public int Candidates { get; }

    /// <summary>Gets the staff assigned to the room: proctors (监考人员) or evaluators (考评人员).</summary>
    public int Staff { get; }

    /// <summary>Gets the candidates the room seats, or <see langword="null"/> when not known.</summary>
    public int? Capacity { get; }

    /// <summary>Gets whether the room is in use: it has candidates.</summary>
    public bool InUse => Candidates > 0;

    /// <inheritdoc />
    public bool Equals(RoomPlan? other)
        => other is not null && Candidates == other.Candidates && Staff == other.Staff && Capacity == other.Capacity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoomPlan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Candidates, Staff, Capacity);

    /// <summary>Returns the room in short.</summary>
    /// <returns>For example "31/40 candidates, 3 staff".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Candidates}{(Capacity is { } c ? $"/{c}" : string.Empty)} candidates, {Staff} staff");
}
