using System.Text;
using Ardalis.GuardClauses;
using nietras.SeparatedValues;

namespace LaborStandard.Spreadsheets.Writing;

/// <summary>
/// Writes a table of strings as CSV or TSV with a header row, through Sep's writer: a cell holding the separator, a
/// quote or a line break is quoted (quotes doubled), every row has the header's number of cells.
/// </summary>
/// <remarks>
/// Encoding and line ends follow <see cref="TableWriterOptions"/> (UTF-8 with a byte-order mark by default, so that
/// Excel opens Chinese intact). Writing to a file atomically is the caller's concern (write to a temporary file, then
/// move). Not thread-safe.
/// </remarks>
public sealed class CsvTableWriter : IDisposable
{
    private readonly TextWriter _text;
    private readonly SepWriter _writer;
    private readonly int _columns;

    private CsvTableWriter(TextWriter text, SepWriter writer, int columns)
    {
        _text = text;
        _writer = writer;
        _columns = columns;
    }

    /// <summary>Starts a table on a stream and writes its header row.</summary>
    /// <param name="stream">The output.</param>
    /// <param name="columns">The column names, at least one.</param>
    /// <param name="options">The options; <see cref="TableWriterOptions.Default"/> when null.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException">No column, or <see cref="TableWriterOptions.Format"/> is not CSV or TSV.</exception>
    public static CsvTableWriter Create(Stream stream, IReadOnlyList<string> columns, TableWriterOptions? options = null)
    {
        Guard.Against.Null(stream);
        Guard.Against.NullOrEmpty(columns);
        options ??= TableWriterOptions.Default;
        if (options.Format is not (TableFormat.Csv or TableFormat.Tsv))
        {
            throw new ArgumentException("A table is written as CSV or TSV.", nameof(options));
        }

        var encoding = Output(options);
        var text = new StreamWriter(stream, encoding, bufferSize: 64 * 1024, leaveOpen: options.LeaveOpen) { NewLine = options.NewLine };
        var writer = Sep.New(options.Format == TableFormat.Tsv ? '\t' : ',')
            .Writer(o => o with { Escape = true, WriteHeader = true, CultureInfo = System.Globalization.CultureInfo.InvariantCulture })
            .To(text, leaveOpen: true);
        writer.Header.Add([.. columns]);
        return new CsvTableWriter(text, writer, columns.Count);
    }

    /// <summary>Writes one row.</summary>
    /// <param name="cells">The cells, one per column; null is written as an empty cell.</param>
    /// <exception cref="ArgumentException">The number of cells is not the number of columns.</exception>
    public void WriteRow(params ReadOnlySpan<string?> cells)
    {
        if (cells.Length != _columns)
        {
            throw new ArgumentException($"A row has {_columns} cells, one per column; {cells.Length} were given.", nameof(cells));
        }

        using var row = _writer.NewRow();
        for (var i = 0; i < cells.Length; i++)
        {
            row[i].Set(cells[i] ?? string.Empty);
        }
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    public void Flush()
    {
        _writer.Flush();
        _text.Flush();
    }

    /// <summary>Writes what is buffered and releases the writer (and the stream, unless <see cref="TableWriterOptions.LeaveOpen"/>).</summary>
    public void Dispose()
    {
        _writer.Dispose();
        _text.Dispose();
    }

    private static Encoding Output(TableWriterOptions options)
    {
        var encoding = options.Encoding;
        return encoding.CodePage switch
        {
            65001 => new UTF8Encoding(options.ByteOrderMark, throwOnInvalidBytes: true),
            1200 => new UnicodeEncoding(bigEndian: false, options.ByteOrderMark, throwOnInvalidBytes: true),
            1201 => new UnicodeEncoding(bigEndian: true, options.ByteOrderMark, throwOnInvalidBytes: true),
            _ => encoding,
        };
    }
}
