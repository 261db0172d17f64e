using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// A run of qualifying work as the engine counted it: overlapping or abutting periods joined, counted from its start
/// through its end or the as-of date, whichever is earlier.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class ServiceRun : IEquatable<ServiceRun>
{
    internal ServiceRun(DateOnly start, DateOnly end, bool continuesAfter, ImmutableArray<WorkPeriod> periods)
    {
        Start = start;
        End = end;
        ContinuesAfter = continuesAfter;
        Periods = periods;
        Length = ServiceCalendar.Elapsed(start, end);
    }

    /// <summary>Gets the first day counted (a certificate's issue date when service counts only after it).</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the last day counted: the run's end, or the as-of date for work that goes on.</summary>
    public DateOnly End { get; }

    /// <summary>Gets whether the run goes on after <see cref="End"/> (ongoing work, or a period recorded to end later).</summary>
    public bool ContinuesAfter { get; }

    /// <summary>Gets the periods of work the run joins.</summary>
    public ImmutableArray<WorkPeriod> Periods { get; }

    /// <summary>Gets the length counted.</summary>
    public ServiceTime Length { get; }

    /// <inheritdoc />
    public bool Equals(ServiceRun? other)
        => other is not null && Start == other.Start && End == other.End && ContinuesAfter == other.ContinuesAfter && Sequence.Equal(Periods, other.Periods);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ServiceRun);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, ContinuesAfter, Sequence.Hash(Periods));

    /// <summary>Returns the dates and length.</summary>
    /// <returns>For example "2024-03-01..2026-02-28 (2 years)".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Evaluation.DecisionTexts.Date(Start)}..{Evaluation.DecisionTexts.Date(End)}{(ContinuesAfter ? "+" : string.Empty)} ({Length})");
}
