using System.Globalization;

namespace LaborStandard.Model;

/// <summary>鉴定时间 — the minimum duration of an assessment (clause 1.9.4): 不少于 90min for theory, 120min for skills.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class DurationRule : IEquatable<DurationRule>
{
    /// <summary>Creates a duration rule.</summary>
    /// <param name="kind">The assessment.</param>
    /// <param name="minimumMinutes">The least duration in minutes, inclusive.</param>
    /// <exception cref="ModelRuleException">The minutes are not positive or the kind is undefined.</exception>
    public DurationRule(AssessmentKind kind, int minimumMinutes)
    {
        Invariant.Enum(kind, "kind");
        Kind = kind;
        MinimumMinutes = Invariant.Positive(minimumMinutes, "minimumMinutes");
    }

    /// <summary>Gets the assessment.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the least duration in minutes (不少于: the minimum itself is enough).</summary>
    public int MinimumMinutes { get; }

    /// <summary>Gets the least duration.</summary>
    public TimeSpan MinimumDuration => TimeSpan.FromMinutes(MinimumMinutes);

    /// <inheritdoc />
    public bool Equals(DurationRule? other) => other is not null && Kind == other.Kind && MinimumMinutes == other.MinimumMinutes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DurationRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, MinimumMinutes);

    /// <summary>Returns the rule in short.</summary>
    /// <returns>For example "Theory ≥90min".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} ≥{MinimumMinutes}min");
}
