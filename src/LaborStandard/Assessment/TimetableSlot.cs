using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 考试时段 — one sitting of a timetable: which assessment, when it starts and how long it lasts.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class TimetableSlot : IEquatable<TimetableSlot>
{
    /// <summary>Creates a sitting.</summary>
    /// <param name="kind">The assessment: theory or skill.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="duration">How long it lasts; greater than zero.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of assessment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is zero or negative.</exception>
    public TimetableSlot(AssessmentKind kind, DateTimeOffset start, TimeSpan duration)
    {
        Kind = Arguments.Kind(kind, nameof(kind));
        Start = start;
        Duration = duration > TimeSpan.Zero
            ? duration
            : throw new ArgumentOutOfRangeException(nameof(duration), duration, "A sitting lasts longer than zero.");
    }

    /// <summary>Gets the assessment.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets when the sitting starts.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Gets how long the sitting lasts.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Gets when the sitting ends.</summary>
    public DateTimeOffset End => Start + Duration;

    /// <inheritdoc />
    public bool Equals(TimetableSlot? other)
        => other is not null && Kind == other.Kind && Start.Equals(other.Start) && Duration == other.Duration;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimetableSlot);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, Duration);

    /// <summary>Returns the sitting in short.</summary>
    /// <returns>For example "Theory 2025-06-01 09:00 +08:00, 90 min".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Start:yyyy-MM-dd HH:mm zzz}, {Duration.TotalMinutes} min");
}
