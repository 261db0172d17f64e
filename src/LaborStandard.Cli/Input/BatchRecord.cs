using LaborStandard.Cli.Output;
using LaborStandard.Eligibility;

namespace LaborStandard.Cli.Input;

/// <summary>One candidate of a batch: the line it was read from, and its profile or every problem with it.</summary>
/// <param name="Line">The 1-based line the candidate starts on.</param>
/// <param name="CandidateId">The candidate's id, when it could be read even though the record is bad.</param>
/// <param name="Profile">The profile, or <see langword="null"/> when the record is bad.</param>
/// <param name="Errors">The problems; empty when the profile was read.</param>
internal sealed record BatchRecord(long Line, string? CandidateId, CandidateProfile? Profile, IReadOnlyList<ErrorDto> Errors);
