using Ardalis.GuardClauses;
using LaborStandard.Eligibility;

namespace LaborStandard.Serialization;

/// <summary>
/// The JSON form of a candidate profile, for registration systems and the command-line tool: read one (validated, with
/// every problem at its JSON path), read many from JSON Lines, or write one.
/// </summary>
/// <remarks>
/// Dates are written <c>yyyy-MM-dd</c>. A list that is absent is known to be empty; <c>"unknown": ["work", …]</c> names
/// the groups of facts that are not known; an absent <c>education</c> is unknown. Thread-safe.
/// </remarks>
public static class CandidateDocument
{
    internal static readonly JsonDocumentFormat<CandidateDto, CandidateProfile> Format = new(
        "candidate profile",
        DocumentJsonContext.Default.CandidateDto,
        (dto, errors) => new CandidateDocumentReader(errors).Read(dto, "$"),
        CandidateDocumentWriter.Write);

    /// <summary>Reads and validates a profile, reporting problems instead of throwing.</summary>
    /// <param name="utf8Json">The profile as UTF-8 JSON.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The profile, or every problem found.</returns>
    public static DocumentResult<CandidateProfile> Read(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Format.Read(utf8Json, options);

    /// <summary>Reads and validates a profile given as a string.</summary>
    /// <param name="json">The profile.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The profile, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentResult<CandidateProfile> Read(string json, DocumentReadOptions? options = null) => Format.Read(json, options);

    /// <summary>Reads and validates a profile from a stream, reading at most the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The profile, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static DocumentResult<CandidateProfile> Read(Stream utf8Json, DocumentReadOptions? options = null) => Format.Read(utf8Json, options);

    /// <summary>Reads a profile, throwing when it is invalid.</summary>
    /// <param name="json">The profile.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The profile is invalid; its errors list every problem.</exception>
    public static CandidateProfile Parse(string json) => Format.OrThrow(Read(json));

    /// <summary>
    /// Reads JSON Lines: one profile per line (LF or CRLF), blank lines skipped. Each line is read on its own, so a bad line
    /// is reported (with its line number, and the candidate's <c>id</c> when it can be read) and the others are still
    /// read. Lazy and streaming: bytes are read as the records are, and a line longer than the size limit is an error
    /// record whose bytes are skipped, never held.
    /// </summary>
    /// <param name="utf8">The JSON Lines as UTF-8 bytes; a byte-order mark is accepted. Not closed.</param>
    /// <param name="options">Size and depth limits per line; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>
    /// One record per non-blank line, in input order. A candidate whose <c>id</c> an earlier line already gave is an error
    /// record (rule <c>repeated-id</c>, naming the earlier line): one id names one candidate.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null (thrown at once).</exception>
    public static IEnumerable<CandidateRecord> ReadLines(Stream utf8, DocumentReadOptions? options = null)
    {
        Guard.Against.Null(utf8);
        return Lines(utf8, options ?? DocumentReadOptions.Default);
    }

    /// <summary>Writes a profile as JSON that <see cref="Read(string, DocumentReadOptions?)"/> reads back equal.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string ToJson(CandidateProfile profile, bool indented = true)
    {
        Guard.Against.Null(profile);
        return Format.ToJson(profile, indented);
    }

    private static IEnumerable<CandidateRecord> Lines(Stream utf8, DocumentReadOptions options)
    {
        using var ids = new CandidateIdRegistry();
        foreach (var line in JsonLines.Read(utf8, options.MaxBytes))
        {
            if (line.TooLong)
            {
                yield return new CandidateRecord(line.Number, null, [new DocumentError("$", Model.StandardRules.JsonSize, JsonTexts.TooLarge(line.Length, options.MaxBytes), line.Number)]);
                continue;
            }

            var result = Read(line.Bytes.Span, options);
            if (result.IsValid && result.Value.Id is { } id && !ids.TryAdd(id, line.Number, out var first))
            {
                yield return new CandidateRecord(line.Number, id, [new DocumentError("$.id", Model.StandardRules.RepeatedId, JsonTexts.RepeatedId(first), line.Number, value: id)]);
                continue;
            }

            yield return result.IsValid
                ? new CandidateRecord(line.Number, result.Value)
                : new CandidateRecord(line.Number, JsonLines.TopLevelString(line.Bytes.Span, "id"u8), [.. result.Errors.Select(e => e.At(line.Number))]);
        }
    }
}
