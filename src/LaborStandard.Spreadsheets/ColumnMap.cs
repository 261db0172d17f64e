using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using LaborStandard.Serialization;

namespace LaborStandard.Spreadsheets;

/// <summary>
/// Other header names for the fields of a table, for a list whose headers the reader does not know: one mapping a
/// line, <c>header = field</c>, where the field is any name of it (<c>编号</c>, <c>id</c>, <c>报名号</c> …).
/// </summary>
/// <remarks>
/// <para>
/// The file is UTF-8 text. Blank lines and lines starting with <c>#</c> are ignored; spaces around the header and the
/// field are not part of them; a header is matched as every header is (case, width and spaces ignored). A mapped
/// header wins over the reader's own names. Example:
/// </para>
/// <code>
/// # 本校报名表的列名
/// 报考人编码 = 编号
/// 文化水平 = 学历
/// 从事本职业时间 = 工作开始日期
/// </code>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ColumnMap
{
    internal const string Kind = "column map";

    private readonly FrozenDictionary<string, TableField> _byHeader;

    private ColumnMap(ImmutableArray<KeyValuePair<string, TableField>> entries)
    {
        Entries = entries;
        _byHeader = entries.ToFrozenDictionary(e => TableFields.Fold(e.Key), e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>Gets the map that maps nothing.</summary>
    public static ColumnMap Empty { get; } = new([]);

    /// <summary>Gets the mappings, header as written to field, in file order.</summary>
    public ImmutableArray<KeyValuePair<string, TableField>> Entries { get; }

    /// <summary>Reads a map from its text.</summary>
    /// <param name="text">The text of the file.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentException">A line is malformed, names an unknown field or maps a header twice; every such line is listed, with its number.</exception>
    public static ColumnMap Parse(string text)
    {
        Guard.Against.Null(text);
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, TableField>>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<DocumentError>();
        long number = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            number++;
            var content = line.Trim();
            if (content.Length == 0 || content[0] == '#' || (number == 1 && content == "\uFEFF"))
            {
                continue;
            }

            content = content.TrimStart('\uFEFF');
            var equals = content.IndexOfAny(['=', '＝']);
            var header = equals > 0 ? content[..equals].Trim() : string.Empty;
            var name = equals > 0 ? content[(equals + 1)..].Trim() : string.Empty;
            if (header.Length == 0 || name.Length == 0)
            {
                errors.Add(new DocumentError("$", TableRules.ColumnMap, Messages.MapLineShape, number, null, line));
                continue;
            }

            if (!TableFields.TryFind(TableFields.Fold(name), out var field, out _))
            {
                var fields = string.Join("、", TableFields.OfficeFields.Select(f => TableFields.NamesOf(f)[0]));
                errors.Add(new DocumentError("$", TableRules.ColumnMap, Messages.MapUnknownField(fields), number, null, name));
                continue;
            }

            var folded = TableFields.Fold(header);
            if (seen.TryGetValue(folded, out var first))
            {
                errors.Add(new DocumentError("$", TableRules.ColumnMap, Messages.MapRepeatedHeader(first), number, null, header));
                continue;
            }

            seen.Add(folded, number);
            entries.Add(new(header, field));
        }

        return errors.Count > 0 ? throw new DocumentException(Kind, errors.ToImmutable()) : new ColumnMap(entries.ToImmutable());
    }

    /// <summary>Reads a map from a UTF-8 stream (a byte-order mark is allowed).</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DocumentException">The text is not valid UTF-8, or a line is wrong (see <see cref="Parse"/>).</exception>
    public static ColumnMap Read(Stream stream)
    {
        Guard.Against.Null(stream);
        using var reader = new StreamReader(stream, TableEncodings.Utf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = reader.ReadToEnd();
        var bad = text.IndexOf(TableEncodings.InvalidMark, StringComparison.Ordinal);
        if (bad >= 0)
        {
            var line = 1 + text.AsSpan(0, bad).Count('\n');
            throw new DocumentException(Kind, [new DocumentError("$", TableRules.TextEncoding, Messages.InvalidBytes("UTF-8"), line)]);
        }

        return Parse(text);
    }

    /// <summary>The field a header is mapped to.</summary>
    /// <param name="folded">The header, folded.</param>
    /// <param name="field">The field.</param>
    /// <returns>Whether the map names it.</returns>
    internal bool TryFind(string folded, out TableField field) => _byHeader.TryGetValue(folded, out field);
}
