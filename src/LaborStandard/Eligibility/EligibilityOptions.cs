using System.Collections.Frozen;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>How an engine counts: which occupations are related to the standard's own (相关职业), and how long a gap in work may be without breaking a continuous run.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EligibilityOptions
{
    /// <summary>The defaults: no related occupations, no gap tolerated.</summary>
    public static EligibilityOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="relatedOccupations">
    /// Occupation codes that count as related occupations (相关职业) besides the standard's own, which always counts.
    /// The standard does not list them; the caller's policy does.
    /// </param>
    /// <param name="gapToleranceDays">
    /// The longest gap, in days, between two periods of work that still counts as continuous; 0 (the default) means a
    /// gap of one day or more breaks the run. The days of a tolerated gap count as service.
    /// </param>
    /// <exception cref="ModelRuleException">A code is malformed or null, or the tolerance is negative.</exception>
    public EligibilityOptions(IEnumerable<string>? relatedOccupations = null, int gapToleranceDays = 0)
    {
        var related = (relatedOccupations ?? []).ToList();
        for (var i = 0; i < related.Count; i++)
        {
            OccupationCodes.Check(related[i], Invariant.Indexed("relatedOccupations", i));
        }

        if (gapToleranceDays < 0)
        {
            throw Invariant.Violation(StandardRules.Range, "gapToleranceDays", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"天数不能为负数，实为 {gapToleranceDays}。"),
                string.Create(CultureInfo.InvariantCulture, $"must not be negative, was {gapToleranceDays}.")));
        }
        RelatedOccupations = related.ToFrozenSet(StringComparer.Ordinal);
        GapToleranceDays = gapToleranceDays;
    }

    /// <summary>Gets the occupation codes that count as related occupations.</summary>
    public FrozenSet<string> RelatedOccupations { get; }

    /// <summary>Gets the longest gap in days that does not break a continuous run.</summary>
    public int GapToleranceDays { get; }

    /// <summary>Returns the options in short.</summary>
    /// <returns>For example "related: 4-07-01-00; gap tolerance: 0 days".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"related: {(RelatedOccupations.Count == 0 ? "none" : string.Join(", ", RelatedOccupations.Order(StringComparer.Ordinal)))}; gap tolerance: {GapToleranceDays} days");
}
