using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// The words of the JSON gate, in Chinese and English: what is wrong with the bytes of a document, said in the terms of
/// the document (a member, a list, an integer), never in the serializer's terms or with a .NET type name.
/// </summary>
internal static class JsonTexts
{
    public static LocalizedText Empty { get; } = new("输入为空，应为一个 JSON 值。", "the input is empty; a JSON value is expected.");

    public static LocalizedText TrailingContent { get; } = new("文档唯一的 JSON 值之后还有其他内容。", "something follows the document's single JSON value.");

    public static LocalizedText NullDocument { get; } = new("文档为 null，应为一个对象。", "the document is null; an object is expected.");

    public static LocalizedText Truncated { get; } = new("文档在所有对象和数组闭合之前就结束了。", "the document ends before every object and array is closed.");

    public static LocalizedText Duplicate { get; } = new("重复出现；每个成员只能出现一次。", "is given twice; a member may appear only once.");

    public static LocalizedText RepeatedId(long firstLine)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"编号与第 {firstLine} 行的候选人相同；不同候选人须用不同编号。"),
            string.Create(CultureInfo.InvariantCulture, $"the id is that of the candidate of line {firstLine}; different candidates need different ids."));

    public static LocalizedText TooLarge(long size, int max)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"输入有 {size:N0} 字节，最多读取 {max:N0} 字节。"),
            string.Create(CultureInfo.InvariantCulture, $"the input is {size:N0} bytes; at most {max:N0} are read."));

    public static LocalizedText NotUtf8(int offset)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"输入不是有效的 UTF-8（第 {offset:N0} 个字节）。"),
            string.Create(CultureInfo.InvariantCulture, $"the input is not valid UTF-8 (byte {offset:N0})."));

    public static LocalizedText TooDeep(int max)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"JSON 嵌套超过 {max} 层。"),
            string.Create(CultureInfo.InvariantCulture, $"the JSON nests deeper than {max} levels."));

    public static LocalizedText Syntax(long? line, long? bytePosition)
        => line is { } l && bytePosition is { } b
            ? new(
                string.Create(CultureInfo.InvariantCulture, $"第 {l + 1} 行第 {b + 1} 个字节处不是有效的 JSON。"),
                string.Create(CultureInfo.InvariantCulture, $"is not valid JSON at line {l + 1}, byte {b + 1} of the line."))
            : new("不是有效的 JSON。", "is not valid JSON.");

    /// <summary>What a serializer exception means for the reader of the document: the rule broken and the words for it.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="root">The document's transfer shape, used to say what a member must hold and which members exist.</param>
    /// <param name="maxDepth">The depth limit of the read.</param>
    /// <param name="emptyInput">Whether the input held no token at all.</param>
    /// <returns>The rule and the message.</returns>
    public static (string Rule, LocalizedText Message) Describe(JsonException exception, JsonTypeInfo root, int maxDepth, bool emptyInput)
    {
        if (emptyInput)
        {
            return (StandardRules.JsonSyntax, Empty);
        }

        // The reader's own exception (bad syntax, too deep, cut short) arrives wrapped by the serializer.
        if (exception.InnerException is JsonException reader)
        {
            return Syntax(reader, maxDepth);
        }

        var message = exception.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var members = Members(Find(root, Parent(exception.Path)));
            return (StandardRules.JsonUnknownMember, new(
                members.Length == 0 ? "不是此处的成员。" : $"不是此处的成员；此对象的成员有：{string.Join("、", members)}。",
                members.Length == 0 ? "is not a member here." : $"is not a member here; the members of this object are: {string.Join(", ", members)}."));
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return (StandardRules.JsonDuplicateMember, Duplicate);
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal) || exception.InnerException is not null)
        {
            var (zh, en) = Expected(Find(root, exception.Path));
            return (StandardRules.JsonType, new($"应为{zh}。", $"must be {en}."));
        }

        return Syntax(exception, maxDepth);
    }

    private static (string Rule, LocalizedText Message) Syntax(JsonException exception, int maxDepth)
    {
        var message = exception.Message;
        if (message.Contains("depth to be zero", StringComparison.Ordinal) || message.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            || message.Contains("end of the JSON", StringComparison.OrdinalIgnoreCase))
        {
            return (StandardRules.JsonSyntax, Truncated);
        }

        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return (StandardRules.JsonDepth, TooDeep(maxDepth));
        }

        return (StandardRules.JsonSyntax, Syntax(exception.LineNumber, exception.BytePositionInLine));
    }

    /// <summary>The transfer shape at a JSON path of a document, or null when the path leaves the shape.</summary>
    private static JsonTypeInfo? Find(JsonTypeInfo? type, string? path)
    {
        if (type is null || path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var rest = path.AsSpan(1);
        while (!rest.IsEmpty && type is not null)
        {
            if (rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                type = close < 0 || type.ElementType is null ? null : type.Options.GetTypeInfo(type.ElementType);
                rest = close < 0 ? [] : rest[(close + 1)..];
            }
            else if (rest[0] == '.')
            {
                rest = rest[1..];
                var end = rest.IndexOfAny('.', '[');
                var name = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[end..];
                type = Property(type, name) is { } property ? type.Options.GetTypeInfo(property.PropertyType) : null;
            }
            else
            {
                return null;
            }
        }

        return type;
    }

    private static JsonPropertyInfo? Property(JsonTypeInfo type, ReadOnlySpan<char> name)
    {
        foreach (var property in type.Properties)
        {
            if (name.SequenceEqual(property.Name))
            {
                return property;
            }
        }

        return null;
    }

    private static string? Parent(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var cut = path.LastIndexOf('.');
        return cut <= 0 ? "$" : path[..cut];
    }

    private static string[] Members(JsonTypeInfo? type)
        => type is { Kind: JsonTypeInfoKind.Object } ? [.. type.Properties.Where(p => p.Name != "$schema").Select(p => p.Name)] : [];

    /// <summary>What a value of a shape is called, in Chinese and English.</summary>
    private static (string Chinese, string English) Expected(JsonTypeInfo? type)
    {
        var clr = type is null ? null : Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        return type switch
        {
            null => ("另一种类型的值", "a value of another type"),
            { Kind: JsonTypeInfoKind.Enumerable } => ("数组（列表）", "a list (a JSON array)"),
            { Kind: JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary } => ("对象", "an object"),
            _ when clr == typeof(int) || clr == typeof(long) => ("整数", "a whole number"),
            _ when clr == typeof(decimal) || clr == typeof(double) => ("数字", "a number"),
            _ when clr == typeof(bool) => ("true 或 false", "true or false"),
            _ when clr == typeof(string) => ("字符串（带引号的文本）", "a string (text in quotes)"),
            _ => ("另一种类型的值", "a value of another type"),
        };
    }
}
