using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>What one evaluation reads: the candidate, the as-of date as a day number, and the engine's settings.</summary>
internal readonly ref struct Facts(CandidateProfile profile, int asOf, EngineSettings settings)
{
    public CandidateProfile Profile { get; } = profile;

    public int AsOf { get; } = asOf;

    public EngineSettings Settings { get; } = settings;

    public DateOnly AsOfDate => DateOnly.FromDayNumber(AsOf);

    public bool Knows(CandidateFacts facts) => Profile.Knows(facts);

    public bool Counts(string occupationCode, OccupationScope scope) => Settings.Counts(occupationCode, scope, Profile);
}
