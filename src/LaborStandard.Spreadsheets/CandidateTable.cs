using Ardalis.GuardClauses;
using LaborStandard.Serialization;

namespace LaborStandard.Spreadsheets;

/// <summary>
/// Candidate lists as offices keep them, CSV, TSV or .xlsx, read into candidate profiles: the entry point. See
/// <see cref="CandidateTableReader"/> for the columns and the progress, and the guide "Screening a spreadsheet" for the
/// layout, the values, the dates and the errors.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class CandidateTable
{
    internal const string Kind = "candidate table";

    /// <summary>Reads the candidates of a table, lazily, streaming; the stream is closed when the enumeration ends.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">The options; <see cref="CandidateTableOptions.Default"/> when null.</param>
    /// <returns>One record per candidate, in input order (see <see cref="CandidateTableReader"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null (thrown at once).</exception>
    /// <exception cref="DocumentException">Thrown during enumeration, for a problem of the table as a whole.</exception>
    public static IEnumerable<CandidateRecord> Read(Stream stream, CandidateTableOptions? options = null)
    {
        Guard.Against.Null(stream);
        return ReadAll(stream, options);
    }

    /// <summary>The format a file name says: <c>.csv</c>, <c>.tsv</c>/<c>.tab</c>, <c>.xlsx</c>/<c>.xlsm</c> (case ignored).</summary>
    /// <param name="fileName">The file name or path.</param>
    /// <returns>The format, or <see langword="null"/> for another extension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public static TableFormat? FormatOf(string fileName)
    {
        Guard.Against.Null(fileName);
        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => TableFormat.Csv,
            ".TSV" or ".TAB" => TableFormat.Tsv,
            ".XLSX" or ".XLSM" => TableFormat.Xlsx,
            _ => null,
        };
    }

    /// <summary>The format a name says: <c>csv</c>, <c>tsv</c> or <c>xlsx</c> (case ignored), as a command-line option gives it.</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format.</param>
    /// <returns>Whether the name is a format.</returns>
    public static bool TryParseFormat(string? name, out TableFormat format)
    {
        format = (name?.Trim().ToUpperInvariant()) switch
        {
            "CSV" => TableFormat.Csv,
            "TSV" => TableFormat.Tsv,
            "XLSX" => TableFormat.Xlsx,
            _ => default,
        };
        return format != default;
    }

    private static IEnumerable<CandidateRecord> ReadAll(Stream stream, CandidateTableOptions? options)
    {
        using var reader = CandidateTableReader.Open(stream, options);
        foreach (var record in reader.ReadRecords())
        {
            yield return record;
        }
    }
}
