using Ardalis.GuardClauses;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Csv;
using LaborStandard.Spreadsheets.Layout;

namespace LaborStandard.Spreadsheets;

/// <summary>
/// Reads the candidates of one table, streaming: the header first (<see cref="ReadHeader"/>, which tells the columns
/// recognised and ignored), then one <see cref="CandidateRecord"/> per candidate, in input order, with the line where it
/// starts. <see cref="Progress"/> may be polled from another thread for a progress bar.
/// </summary>
/// <remarks>
/// A record is never skipped: a row that cannot be read (an unclosed quote, too few or too many fields, a bad date, an
/// unknown value, a repeated id, undecodable bytes, a record over the size limit) is a record with errors, and reading
/// goes on. Blank rows (every cell empty or white space) are not records. Problems of the table as a whole (no header,
/// a column named twice, a missing sheet) throw <see cref="DocumentException"/>. Not thread-safe, except
/// <see cref="Progress"/>. Disposing closes the stream.
/// </remarks>
public sealed class CandidateTableReader : IDisposable
{
    private readonly CandidateTableOptions _options;
    private readonly TableRows _rows;
    private TableHeader? _header;
    private bool _headerRead;
    private bool _recordsTaken;

    private CandidateTableReader(TableRows rows, CandidateTableOptions options)
    {
        _rows = rows;
        _options = options;
    }

    /// <summary>Gets the columns, once the header is read (<see langword="null"/> before).</summary>
    public TableColumns? Columns => _headerRead ? _header?.Columns ?? TableColumns.Empty : null;

    /// <summary>Gets how far the input has been read; safe to read from another thread.</summary>
    public TableProgress Progress => _rows.Progress;

    /// <summary>Opens a table on a stream.</summary>
    /// <param name="stream">The input; owned by the reader and closed with it. A workbook needs a seekable stream; another one is copied to a temporary file first.</param>
    /// <param name="options">The options; <see cref="CandidateTableOptions.Default"/> when null.</param>
    /// <returns>The reader, before the header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DocumentException">A workbook cannot be opened, or has no sheet of the name asked for.</exception>
    public static CandidateTableReader Open(Stream stream, CandidateTableOptions? options = null)
    {
        Guard.Against.Null(stream);
        options ??= CandidateTableOptions.Default;
        var format = options.Format ?? (options.FileName is { } name ? CandidateTable.FormatOf(name) : null) ?? TableFormat.Csv;
        TableRows rows = format switch
        {
            TableFormat.Xlsx => Xlsx.XlsxRows.Open(stream, options.Sheet, options.MaxRecordLength),
            TableFormat.Tsv => new DelimitedRows(stream, options.Encoding, '\t', options.MaxRecordLength),
            _ => new DelimitedRows(stream, options.Encoding, ',', options.MaxRecordLength),
        };
        return new CandidateTableReader(rows, options);
    }

    /// <summary>Reads up to the header (skipping title rows above it) and returns the columns.</summary>
    /// <returns>The columns; for an input with no non-blank row, no column and every group of facts unknown.</returns>
    /// <exception cref="DocumentException">No header among the first rows, a column named twice, or an unknown column in the tool's CSV dialect.</exception>
    public TableColumns ReadHeader()
    {
        if (!_headerRead)
        {
            _header = TableHeader.Find(_rows, _options.Columns);
            _headerRead = true;
        }

        return Columns!;
    }

    /// <summary>Reads the records, lazily; the header is read first if it has not been.</summary>
    /// <returns>One record per candidate, in input order.</returns>
    /// <exception cref="InvalidOperationException">The records were already taken (a reader reads its input once).</exception>
    /// <exception cref="DocumentException">Thrown when enumeration starts, for a problem of the header.</exception>
    public IEnumerable<CandidateRecord> ReadRecords()
    {
        if (_recordsTaken)
        {
            throw new InvalidOperationException("The records of a table can be read once.");
        }

        _recordsTaken = true;
        return Records();
    }

    /// <inheritdoc />
    public void Dispose() => _rows.Dispose();

    private IEnumerable<CandidateRecord> Records()
    {
        ReadHeader();
        if (_header is null)
        {
            yield break;
        }

        using LayoutReader layout = _header.Layout == TableLayout.ToolCsv
            ? new ToolCsvLayout(_rows, _header, _options.CheckRepeatedIds)
            : new OfficeLayout(_rows, _header, _options.CheckRepeatedIds);
        foreach (var record in layout.Records())
        {
            yield return record;
        }
    }
}
