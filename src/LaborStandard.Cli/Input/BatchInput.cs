using System.Text;
using LaborStandard.Spreadsheets;

namespace LaborStandard.Cli.Input;

/// <summary>
/// The input of a batch: JSON Lines, CSV, TSV or an .xlsx workbook, from a file or standard input, read as records in
/// input order, with how far it has got for a progress line. Format: <c>--format</c>, else the file's extension
/// (<c>.csv</c>, <c>.tsv</c>, <c>.xlsx</c>; anything else, and standard input, is JSON Lines).
/// </summary>
internal sealed class BatchInput : IDisposable
{
    // A candidate's line is bounded as a table's record is (1 MiB): a batch holds many small records.
    private static readonly DocumentReadOptions RecordLimits = new(maxBytes: CandidateTableOptions.DefaultMaxRecordLength);

    private readonly Stream _stream;
    private readonly CandidateTableReader? _table;
    private readonly long? _length;

    private BatchInput(Stream stream, CandidateTableReader? table, long? length, BatchFormat format)
    {
        _stream = stream;
        _table = table;
        _length = length;
        Format = format;
    }

    /// <summary>Gets the format read.</summary>
    public BatchFormat Format { get; }

    /// <summary>
    /// Gets whether the input is a file that can be read to its end without waiting (a regular file, not a pipe, a
    /// terminal or a device), so that it may be read ahead of the answers.
    /// </summary>
    public bool IsFile => _length is not null;

    /// <summary>
    /// Sets what runs each time the tool is about to read more of an input that is not a file (flushing the answers so
    /// far, so that a writer waiting for them gets them); ignored for a file.
    /// </summary>
    public Action? BeforeWaiting
    {
        set
        {
            if (_stream is AnswersBeforeWaiting pipe)
            {
                pipe.BeforeRead = value;
            }
        }
    }

    /// <summary>Gets the headers of a table that name no fact and were ignored; empty for JSON Lines.</summary>
    public IReadOnlyList<string> IgnoredColumns => _table?.Columns?.Ignored ?? [];

    /// <summary>Gets how far the input has been read: done and total (null when unknown), in bytes, or in rows for a workbook.</summary>
    public (long Done, long? Total, bool Rows) Progress
    {
        get
        {
            if (_table is not null)
            {
                var p = _table.Progress;
                return (p.Consumed, p.Total, p.Unit == TableProgressUnit.Rows);
            }

            return _length is { } length ? (Math.Min(_stream.Position, length), length, false) : (0, null, false);
        }
    }

    /// <summary>Opens the input of a batch.</summary>
    /// <param name="session">The run.</param>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="options">The reading options from the command line.</param>
    /// <returns>The input, header read.</returns>
    /// <exception cref="CliException">The file cannot be opened, an option is wrong, or the table as a whole cannot be read (no header, a missing sheet).</exception>
    public static BatchInput Open(Session session, string path, BatchInputOptions options)
    {
        var format = FormatOf(session, path, options.Format);
        var encoding = EncodingOf(session, options.Encoding, format);
        if (options.Sheet is not null && format != BatchFormat.Xlsx)
        {
            throw new CliException(session.Text.SheetWithoutWorkbook);
        }

        var columns = options.ColumnsPath is { } map ? ReadColumns(session, map) : ColumnMap.Empty;
        if (format == BatchFormat.JsonLines && columns.Entries.Length > 0)
        {
            throw new CliException(session.Text.ColumnsWithoutTable);
        }

        var stream = Documents.OpenBytes(session, path);
        var length = stream.CanSeek ? stream.Length : (long?)null;
        if (length is null)
        {
            // A pipe: the answers so far are flushed whenever the reader is about to wait for more input.
            stream = new AnswersBeforeWaiting(stream);
        }

        if (format == BatchFormat.JsonLines)
        {
            return new BatchInput(stream, null, length, format);
        }

        CandidateTableReader? table = null;
        try
        {
            table = CandidateTableReader.Open(stream, new CandidateTableOptions
            {
                Format = format switch { BatchFormat.Csv => TableFormat.Csv, BatchFormat.Tsv => TableFormat.Tsv, _ => TableFormat.Xlsx },
                Encoding = encoding,
                Sheet = options.Sheet,
                Columns = columns,
                FileName = Documents.Display(path),
            });
            table.ReadHeader();
        }
        catch (DocumentException e)
        {
            table?.Dispose();
            stream.Dispose();
            throw Documents.Invalid(session, path, e.Errors);
        }

        return new BatchInput(stream, table, length, format);
    }

    /// <summary>Reads the records, lazily, in input order: exactly one per input record.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<CandidateRecord> Records()
        => _table is not null ? _table.ReadRecords() : CandidateDocument.ReadLines(_stream, RecordLimits);

    /// <inheritdoc />
    public void Dispose()
    {
        _table?.Dispose();
        _stream.Dispose();
    }

    private static BatchFormat FormatOf(Session session, string path, string? name)
    {
        if (name is not null)
        {
            return name.Trim().ToUpperInvariant() switch
            {
                "JSONL" or "JSON" or "NDJSON" => BatchFormat.JsonLines,
                "CSV" => BatchFormat.Csv,
                "TSV" => BatchFormat.Tsv,
                "XLSX" => BatchFormat.Xlsx,
                _ => throw new CliException(session.Text.BadChoice("--format", name, "jsonl, csv, tsv, xlsx")),
            };
        }

        return path == Documents.StandardInput ? BatchFormat.JsonLines : CandidateTable.FormatOf(path) switch
        {
            TableFormat.Csv => BatchFormat.Csv,
            TableFormat.Tsv => BatchFormat.Tsv,
            TableFormat.Xlsx => BatchFormat.Xlsx,
            _ => BatchFormat.JsonLines,
        };
    }

    private static Encoding EncodingOf(Session session, string? name, BatchFormat format)
    {
        if (name is null)
        {
            return TableEncodings.Utf8;
        }

        if (!TableEncodings.TryGet(name, out var encoding))
        {
            throw new CliException(session.Text.BadChoice("--encoding", name, string.Join(", ", TableEncodings.Names)));
        }

        return format switch
        {
            BatchFormat.JsonLines when encoding.CodePage != Encoding.UTF8.CodePage => throw new CliException(session.Text.JsonIsUtf8),
            BatchFormat.Xlsx => throw new CliException(session.Text.WorkbookHasNoEncoding),
            _ => encoding,
        };
    }

    private static ColumnMap ReadColumns(Session session, string path)
    {
        using var stream = Documents.OpenBytes(session, path);
        try
        {
            return ColumnMap.Read(stream);
        }
        catch (DocumentException e)
        {
            throw Documents.Invalid(session, path, e.Errors);
        }
    }
}
