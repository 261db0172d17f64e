using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>学历 — a candidate's highest education, whether it is by equivalent attainment (同等学力), and when it was obtained.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class EducationRecord : IEquatable<EducationRecord>
{
    /// <summary>Creates an education record.</summary>
    /// <param name="level">The highest education.</param>
    /// <param name="isEquivalent">Whether it is by equivalent attainment (同等学力) rather than a diploma.</param>
    /// <param name="obtainedOn">When it was obtained, if known; a date after the as-of date does not count yet.</param>
    /// <exception cref="ModelRuleException">The level is not a defined education level.</exception>
    public EducationRecord(EducationLevel level, bool isEquivalent = false, DateOnly? obtainedOn = null)
    {
        Invariant.Enum(level, "level");
        Level = level;
        IsEquivalent = isEquivalent;
        ObtainedOn = obtainedOn;
    }

    /// <summary>Gets the highest education.</summary>
    public EducationLevel Level { get; }

    /// <summary>Gets whether it is by equivalent attainment (同等学力).</summary>
    public bool IsEquivalent { get; }

    /// <summary>Gets when it was obtained, or <see langword="null"/> when the date is not given (it then counts as already obtained).</summary>
    public DateOnly? ObtainedOn { get; }

    /// <inheritdoc />
    public bool Equals(EducationRecord? other)
        => other is not null && Level == other.Level && IsEquivalent == other.IsEquivalent && ObtainedOn == other.ObtainedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EducationRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, IsEquivalent, ObtainedOn);

    /// <summary>Returns the level, with 同等学力 when it is by equivalent attainment.</summary>
    /// <returns>For example "Bachelor (同等学力)".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Level}{(IsEquivalent ? " (同等学力)" : string.Empty)}{(ObtainedOn is { } d ? " " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}");
}
