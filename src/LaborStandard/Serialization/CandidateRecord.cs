using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using LaborStandard.Eligibility;

namespace LaborStandard.Serialization;

/// <summary>
/// One candidate record of a batch input (a JSON Lines line, a table's row or rows, a sheet's row), and what was read from
/// it: the candidate, or every problem found, with the line where the record starts so that an answer can always be
/// traced back to its input.
/// </summary>
/// <remarks>
/// Every record of an input yields exactly one <see cref="CandidateRecord"/>, in input order, readable or not.
/// Never half-built: <see cref="Candidate"/> is set only when <see cref="Errors"/> is empty. Immutable and thread-safe.
/// </remarks>
public sealed class CandidateRecord
{
    /// <summary>Creates the record of a candidate read without a problem.</summary>
    /// <param name="line">The 1-based line of the text input (or row of the sheet) where the record starts.</param>
    /// <param name="candidate">The candidate read; its <see cref="CandidateProfile.Id"/> is the record's id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public CandidateRecord(long line, CandidateProfile candidate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        Line = line;
        Candidate = candidate ?? throw new ArgumentNullException(nameof(candidate));
        CandidateId = candidate.Id;
        Errors = [];
    }

    /// <summary>Creates the record of an input record that could not be read.</summary>
    /// <param name="line">The 1-based line of the text input (or row of the sheet) where the record starts.</param>
    /// <param name="candidateId">The candidate's id, when it could be read.</param>
    /// <param name="errors">Every problem found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or holds a null entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public CandidateRecord(long line, string? candidateId, ImmutableArray<DocumentError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        if (errors.IsDefaultOrEmpty || errors.Contains(null!))
        {
            throw new ArgumentException("a record that could not be read needs at least one error, and no null entry.", nameof(errors));
        }

        Line = line;
        CandidateId = candidateId;
        Errors = errors;
    }

    /// <summary>Gets the 1-based line of the text input (or row of the sheet) where the record starts.</summary>
    public long Line { get; }

    /// <summary>Gets the candidate's id as the input gives it, when it could be read.</summary>
    public string? CandidateId { get; }

    /// <summary>Gets the candidate, or <see langword="null"/> when the record could not be read.</summary>
    public CandidateProfile? Candidate { get; }

    /// <summary>Gets every problem found, in input order; empty when the record was read.</summary>
    public ImmutableArray<DocumentError> Errors { get; }

    /// <summary>Gets whether the record was read and <see cref="Candidate"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Candidate))]
    public bool IsValid => Candidate is not null;

    /// <summary>Returns the line, the id and whether the record was read.</summary>
    /// <returns>For example "line 12 (A-17): 2 problems".</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {Line}{(CandidateId is null ? string.Empty : $" ({CandidateId})")}: {(IsValid ? "read" : $"{Errors.Length} problem(s)")}");
}
