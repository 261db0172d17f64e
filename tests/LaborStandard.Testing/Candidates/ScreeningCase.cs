using LaborStandard.Eligibility;

namespace LaborStandard.Testing.Candidates;

/// <summary>A candidate to screen and the date of the screening.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="AsOf">The as-of date.</param>
public sealed record ScreeningCase(CandidateProfile Candidate, DateOnly AsOf);
