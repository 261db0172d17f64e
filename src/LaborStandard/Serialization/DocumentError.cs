using System.Globalization;
using System.Text;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// A problem found in an input document or record: where it is (a JSON path such as
/// <c>$.workRequirements.levels[1].functions[0].workContents[2].skills[3].code</c>, and for tables the line and column),
/// the value at fault, the rule it breaks and what is wrong, in Chinese and English.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class DocumentError : IEquatable<DocumentError>
{
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    /// <summary>How many characters of an offending value an error keeps (a huge cell is cut, not copied whole).</summary>
    public const int MaxValueLength = 64;

    /// <summary>Creates an error.</summary>
    /// <param name="path">The JSON path of the offending value, starting at <c>$</c> (for a table: of the member the cell fills).</param>
    /// <param name="rule">The rule broken: one of <see cref="StandardRules"/> or of the rules of the document kind.</param>
    /// <param name="message">What is wrong, in Chinese and English, without the place or the value (the error carries those).</param>
    /// <param name="line">The 1-based line of a text input (or row of a sheet) where the problem is, when known.</param>
    /// <param name="column">The column of a table as its header names it, when the input is a table.</param>
    /// <param name="value">The offending value as given, when there is one; cut to <see cref="MaxValueLength"/> characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, <paramref name="rule"/> or <paramref name="message"/> is null.</exception>
    public DocumentError(string path, string rule, LocalizedText message, long? line = null, string? column = null, string? value = null)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Line = line;
        Column = column;
        Value = value is { Length: > MaxValueLength } ? value[..MaxValueLength] + "…" : value;
    }

    /// <summary>Gets the JSON path of the offending value, starting at <c>$</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the rule broken.</summary>
    public string Rule { get; }

    /// <summary>Gets what is wrong, in Chinese and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>Gets the 1-based line of a text input (or row of a sheet), when known.</summary>
    public long? Line { get; }

    /// <summary>Gets the column of a table as its header names it, when the input is a table.</summary>
    public string? Column { get; }

    /// <summary>Gets the offending value as given (at most <see cref="MaxValueLength"/> characters and an ellipsis), when there is one.</summary>
    public string? Value { get; }

    /// <summary>Returns a copy placed at a line (and column) of an input, e.g. the line of a JSON Lines record.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The column, or <see langword="null"/> to keep this error's.</param>
    /// <returns>The error at that place.</returns>
    public DocumentError At(long line, string? column = null) => new(Path, Rule, Message, line, column ?? Column, Value);

    /// <inheritdoc />
    public bool Equals(DocumentError? other)
        => other is not null
           && string.Equals(Path, other.Path, StringComparison.Ordinal)
           && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
           && Message.Equals(other.Message)
           && Line == other.Line
           && string.Equals(Column, other.Column, StringComparison.Ordinal)
           && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Rule, Message, Line, Column, Value);

    /// <summary>Returns the error on one line in English: path, place, value, message and rule.</summary>
    /// <returns>For example <c>$.weightTables[0].rows: the weights of 四级/中级工 sum to 95, not 100. [weights-sum]</c>.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the error on one line in the language of a culture (Chinese unless the culture is English).</summary>
    /// <param name="culture">The culture; <see langword="null"/> means Chinese.</param>
    /// <returns>
    /// For example <c>第 3 行，列「学历」，值「硕士研究生」：不是可识别的学历。[unknown-value]</c>, or
    /// <c>line 3, column 学历, value '硕士研究生': is not a known education level. [unknown-value]</c>.
    /// </returns>
    /// <remarks>Control characters of the value are shown escaped (<c>\u0007</c>), never raw.</remarks>
    public string ToString(CultureInfo? culture)
    {
        var english = culture is not null && (culture.Equals(CultureInfo.InvariantCulture) || LocalizedText.IsEnglish(culture));
        var text = new StringBuilder();
        if (english)
        {
            text.Append(Path);
            if (Line is { } line)
            {
                text.Append(CultureInfo.InvariantCulture, $" (line {line}");
                text.Append(Column is null ? string.Empty : ", column " + Visible(Column));
                text.Append(')');
            }
            else if (Column is not null)
            {
                text.Append(" (column ").Append(Visible(Column)).Append(')');
            }

            text.Append(Value is null ? string.Empty : ", value '" + Visible(Value) + "'");
            text.Append(": ").Append(Message.English);
        }
        else
        {
            text.Append(Path);
            if (Line is { } line)
            {
                text.Append(CultureInfo.InvariantCulture, $"（第 {line} 行");
                text.Append(Column is null ? string.Empty : "，列「" + Visible(Column) + "」");
                text.Append('）');
            }
            else if (Column is not null)
            {
                text.Append("（列「").Append(Visible(Column)).Append("」）");
            }

            text.Append(Value is null ? string.Empty : "，值「" + Visible(Value) + "」");
            text.Append('：').Append(Message.Chinese);
        }

        return text.Append(" [").Append(Rule).Append(']').ToString();
    }

    /// <summary>A text with its control characters escaped, so that no raw control character reaches a terminal or a log.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text, with each control character written as <c>\uXXXX</c>.</returns>
    internal static string Visible(string value)
    {
        if (!value.AsSpan().ContainsAny(ControlCharacters))
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
