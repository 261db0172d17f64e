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

    /// <summary>The longest gap between two periods of work that may be bridged: 366 days.</summary>
    public const int MaxGapToleranceDays = 366;

    /// <summary>Creates options.</summary>
    /// <param name="relatedOccupations">
    /// Occupation codes that count as related occupations (相关职业) besides the standard's own, which always counts.
    /// The standard does not list them; the caller's policy does.
    /// </param>
    /// <param name="gapToleranceDays">
    /// The longest gap, in days, between two periods of work that still counts as continuous; 0 (the default) means a
    /// gap of one day or more breaks the run; at most <see cref="MaxGapToleranceDays"/>. A tolerated gap joins the periods
    /// into one run without adding to it: N years of a run with bridged days complete that many days later (a local
    /// policy's choice; the draft says nothing of gaps).
    /// </param>
    /// <param name="countBridgedDays">
    /// Whether the days of a tolerated gap count as service too (false by default): when true, a run with a bridged gap
    /// is as long as from its first day to its last.
    /// </param>
    /// <exception cref="ModelRuleException">A code is malformed or null, or the tolerance is outside 0 to <see cref="MaxGapToleranceDays"/>.</exception>
    public EligibilityOptions(IEnumerable<string>? relatedOccupations = null, int gapToleranceDays = 0, bool countBridgedDays = false)
    {
        var related = (relatedOccupations ?? []).ToList();
        for (var i = 0; i < related.Count; i++)
        {
            OccupationCodes.Check(related[i], Invariant.Indexed("relatedOccupations", i));
        }

        if (gapToleranceDays is < 0 or > MaxGapToleranceDays)
        {
            throw Invariant.Violation(StandardRules.Range, "gapToleranceDays", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"应在 0 至 {MaxGapToleranceDays} 天之间，实为 {gapToleranceDays}。"),
                string.Create(CultureInfo.InvariantCulture, $"must be from 0 to {MaxGapToleranceDays} days, was {gapToleranceDays}.")));
        }
        RelatedOccupations = related.ToFrozenSet(StringComparer.Ordinal);
        GapToleranceDays = gapToleranceDays;
        CountBridgedDays = countBridgedDays;
    }

    /// <summary>Gets the occupation codes that count as related occupations.</summary>
    public FrozenSet<string> RelatedOccupations { get; }

    /// <summary>Gets the longest gap in days that does not break a continuous run.</summary>
    public int GapToleranceDays { get; }

    /// <summary>Gets whether the days of a tolerated gap count as service (false: they join the run but do not add to it).</summary>
    public bool CountBridgedDays { get; }

    /// <summary>Returns the options in short.</summary>
    /// <returns>For example "related: 4-07-01-00; gap tolerance: 30 days, bridged days not counted".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"related: {(RelatedOccupations.Count == 0 ? "none" : string.Join(", ", RelatedOccupations.Order(StringComparer.Ordinal)))}; gap tolerance: {GapToleranceDays} days{(GapToleranceDays == 0 ? string.Empty : CountBridgedDays ? ", bridged days counted" : ", bridged days not counted")}");
}
