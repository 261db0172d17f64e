using System.Text;
using Ardalis.GuardClauses;

namespace LaborStandard.Spreadsheets.Writing;

/// <summary>How a table is written: separator, encoding, byte-order mark, line end.</summary>
/// <remarks>
/// The default, UTF-8 with a byte-order mark and CRLF line ends, is what Excel needs to open a CSV with Chinese intact
/// (without the mark it guesses the ANSI code page and garbles it); <see cref="TableEncodings.Gb18030"/> is the other
/// choice Chinese Excel reads directly. Immutable once built; thread-safe.
/// </remarks>
public sealed class TableWriterOptions
{
    private readonly Encoding _encoding = TableEncodings.Utf8;

    /// <summary>Gets the default options: CSV, UTF-8 with a byte-order mark, CRLF.</summary>
    public static TableWriterOptions Default { get; } = new();

    /// <summary>Gets whether to write CSV (commas, the default) or TSV (tabs); <see cref="TableFormat.Xlsx"/> is not written.</summary>
    public TableFormat Format { get; init; } = TableFormat.Csv;

    /// <summary>Gets the encoding (UTF-8 unless set).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Encoding Encoding
    {
        get => _encoding;
        init => _encoding = Guard.Against.Null(value);
    }

    /// <summary>Gets whether a UTF-8 or UTF-16 output starts with a byte-order mark (the default, for Excel).</summary>
    public bool ByteOrderMark { get; init; } = true;

    /// <summary>Gets the line end: CRLF (the default, as RFC 4180 and Excel write) or LF.</summary>
    public string NewLine { get; init; } = "\r\n";

    /// <summary>Gets whether disposing the writer leaves the stream open.</summary>
    public bool LeaveOpen { get; init; }
}
