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
    internal const string Kind = "candidate profile";

    private static readonly EligibilityJsonContext Indented = new(JsonOutput.Options(EligibilityJsonContext.Default.Options, indented: true));
    private static readonly EligibilityJsonContext Compact = new(JsonOutput.Options(EligibilityJsonContext.Default.Options, indented: false));

    /// <summary>Reads and validates a profile, reporting problems instead of throwing.</summary>
    /// <param name="utf8Json">The profile as UTF-8 JSON.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The profile, or every problem found.</returns>
    public static DocumentResult<CandidateProfile> Read(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        => JsonInput.Read(utf8Json, EligibilityJsonContext.Default.CandidateDto, options, (dto, errors) => new CandidateDocumentReader(errors).Read(dto, "$"));

    /// <summary>Reads and validates a profile given as a string.</summary>
    /// <param name="json">The profile.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The profile, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentResult<CandidateProfile> Read(string json, DocumentReadOptions? options = null)
    {
        Guard.Against.Null(json);
        return Read(JsonInput.ToUtf8(json), options);
    }

    /// <summary>Reads and validates a profile from a stream, reading at most the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The profile, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static DocumentResult<CandidateProfile> Read(Stream utf8Json, DocumentReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        options ??= DocumentReadOptions.Default;
        return Read(StreamInput.ReadBounded(utf8Json, options.MaxBytes), options);
    }

    /// <summary>Reads a profile, throwing when it is invalid.</summary>
    /// <param name="json">The profile.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The profile is invalid; its errors list every problem.</exception>
    public static CandidateProfile Parse(string json)
    {
        var result = Read(json);
        return result.IsValid ? result.Value : throw new DocumentException(Kind, result.Errors);
    }

    /// <summary>
    /// Reads JSON Lines: one profile per line, blank lines skipped. Each line is read on its own, so a bad line is reported
    /// (with its line number) and the others are still read. Lazy: lines are read as the results are.
    /// </summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="options">Size and depth limits per line; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>One entry per non-blank line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null (thrown at once).</exception>
    public static IEnumerable<CandidateRecord> ReadLines(TextReader reader, DocumentReadOptions? options = null)
    {
        Guard.Against.Null(reader);
        return Lines(reader, options ?? DocumentReadOptions.Default);
    }

    /// <summary>Writes a profile as JSON that <see cref="Read(string, DocumentReadOptions?)"/> reads back equal.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string ToJson(CandidateProfile profile, bool indented = true)
    {
        Guard.Against.Null(profile);
        return JsonOutput.Write(CandidateDocumentWriter.Write(profile), (indented ? Indented : Compact).CandidateDto, indented);
    }

    private static IEnumerable<CandidateRecord> Lines(TextReader reader, DocumentReadOptions options)
    {
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = Read(line, options);
            yield return result.IsValid
                ? new CandidateRecord(number, result.Value)
                : new CandidateRecord(number, null, [.. result.Errors.Select(e => e.At(number))]);
        }
    }
}
