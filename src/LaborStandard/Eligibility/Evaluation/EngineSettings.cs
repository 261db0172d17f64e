using System.Collections.Frozen;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>The settings every node of one engine shares: whose occupation it is, which are related, the gap tolerance.</summary>
internal sealed class EngineSettings(string ownOccupation, FrozenSet<string> related, int gapToleranceDays)
{
    public string OwnOccupation { get; } = ownOccupation;

    public FrozenSet<string> Related { get; } = related;

    public int GapToleranceDays { get; } = gapToleranceDays;

    public bool Counts(string occupationCode, OccupationScope scope)
        => string.Equals(occupationCode, OwnOccupation, StringComparison.Ordinal)
           || (scope == OccupationScope.RelatedOccupations && Related.Contains(occupationCode));
}
