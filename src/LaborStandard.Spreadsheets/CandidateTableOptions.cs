using System.Text;
using Ardalis.GuardClauses;

namespace LaborStandard.Spreadsheets;

/// <summary>How to read a candidate table: its format, encoding, sheet, column map and limits.</summary>
/// <remarks>Immutable once built (<c>with</c>-style initialisers); thread-safe.</remarks>
public sealed class CandidateTableOptions
{
    /// <summary>The default limit of a record: 1 Mi characters (a real record is a few hundred).</summary>
    public const int DefaultMaxRecordLength = 1024 * 1024;

    private readonly Encoding _encoding = TableEncodings.Utf8;
    private readonly ColumnMap _columns = ColumnMap.Empty;
    private readonly int _maxRecordLength = DefaultMaxRecordLength;

    /// <summary>Gets the default options: format from the file name (CSV when there is none), UTF-8, the first sheet.</summary>
    public static CandidateTableOptions Default { get; } = new();

    /// <summary>Gets the format; <see langword="null"/> to take it from the file name (CSV when there is none, as for standard input).</summary>
    public TableFormat? Format { get; init; }

    /// <summary>Gets the encoding of a text table (UTF-8 unless set); a UTF-8 or UTF-16 byte-order mark overrides it. See <see cref="TableEncodings"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Encoding Encoding
    {
        get => _encoding;
        init => _encoding = Guard.Against.Null(value);
    }

    /// <summary>Gets the name of the sheet of a workbook to read; <see langword="null"/> for the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>Gets the header names mapped to fields beyond the reader's own.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ColumnMap Columns
    {
        get => _columns;
        init => _columns = Guard.Against.Null(value);
    }

    /// <summary>Gets the longest record read, in characters (a sheet row: the characters of its cells); a longer one is an error record and memory stays flat.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1,024.</exception>
    public int MaxRecordLength
    {
        get => _maxRecordLength;
        init => _maxRecordLength = Guard.Against.OutOfRange(value, nameof(MaxRecordLength), 1024, int.MaxValue / 4);
    }

    /// <summary>
    /// Gets whether a candidate id that comes back after other candidates is an error (the default). The check keeps a
    /// 64-bit hash and a line per candidate, about 20 bytes each; turn it off only for inputs known to have unique ids.
    /// </summary>
    public bool CheckRepeatedIds { get; init; } = true;

    /// <summary>Gets the name of the input for messages and for the format (a file name); <see langword="null"/> for a stream without a name.</summary>
    public string? FileName { get; init; }
}
