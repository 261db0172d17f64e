using System.Collections.Frozen;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>The settings every node of one engine shares: whose occupation it is, which are related, the gap tolerance and whether bridged days count.</summary>
internal sealed class EngineSettings(string ownOccupation, FrozenSet<string> related, int gapToleranceDays, bool countBridgedDays)
{
    public string OwnOccupation { get; } = ownOccupation;

    public FrozenSet<string> Related { get; } = related;

    public int GapToleranceDays { get; } = gapToleranceDays;

    /// <summary>Whether the days of a tolerated gap count as service.</summary>
    public bool CountBridgedDays { get; } = countBridgedDays;

    /// <summary>
    /// Whether work or a certificate in an occupation counts for a condition of a scope: the standard's own always does;
    /// for related occupations, the candidate's own list when it was given, else the engine's.
    /// </summary>
    public bool Counts(string occupationCode, OccupationScope scope, CandidateProfile candidate)
        => string.Equals(occupationCode, OwnOccupation, StringComparison.Ordinal)
           || (scope == OccupationScope.RelatedOccupations
               && (candidate.RelatedOccupationsGiven ? candidate.RelatedOccupations.AsSpan().Contains(occupationCode) : Related.Contains(occupationCode)));
}
