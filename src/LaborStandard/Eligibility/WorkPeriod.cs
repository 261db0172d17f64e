using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// 工作经历 — a period of work in an occupation, from its first day to its last day inclusive, or ongoing
/// (<see cref="To"/> is <see langword="null"/>).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class WorkPeriod : IEquatable<WorkPeriod>
{
    /// <summary>Creates a period of work.</summary>
    /// <param name="occupationCode">The occupation worked in, as a national occupation code such as <c>3-01-01-02</c>.</param>
    /// <param name="from">The first day of work.</param>
    /// <param name="to">The last day of work, inclusive; <see langword="null"/> while the work goes on.</param>
    /// <exception cref="ModelRuleException">The code is malformed, or the period ends before it starts.</exception>
    public WorkPeriod(string occupationCode, DateOnly from, DateOnly? to = null)
    {
        OccupationCode = OccupationCodes.Check(occupationCode, "occupationCode");
        if (to is { } end && end < from)
        {
            throw Invariant.Violation(StandardRules.DateOrder, "to", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"结束日期 {end:yyyy-MM-dd} 早于开始日期 {from:yyyy-MM-dd}。"),
                string.Create(CultureInfo.InvariantCulture, $"{end:yyyy-MM-dd} is before the start {from:yyyy-MM-dd}.")));
        }
        From = from;
        To = to;
    }

    /// <summary>Gets the occupation worked in.</summary>
    public string OccupationCode { get; }

    /// <summary>Gets the first day of work.</summary>
    public DateOnly From { get; }

    /// <summary>Gets the last day of work, inclusive, or <see langword="null"/> while the work goes on.</summary>
    public DateOnly? To { get; }

    /// <summary>Gets whether the work goes on.</summary>
    public bool IsOngoing => To is null;

    /// <inheritdoc />
    public bool Equals(WorkPeriod? other)
        => other is not null && string.Equals(OccupationCode, other.OccupationCode, StringComparison.Ordinal) && From == other.From && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccupationCode, From, To);

    /// <summary>Returns the occupation and the period.</summary>
    /// <returns>For example "3-01-01-02 2024-03-01..ongoing".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{OccupationCode} {From:yyyy-MM-dd}..{(To is { } to ? to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "ongoing")}");
}
