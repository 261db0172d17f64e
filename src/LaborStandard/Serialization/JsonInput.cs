using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Turns UTF-8 JSON into a document's transfer object, or into errors with a JSON path, a line and a rule: the one
/// gate every JSON input of the library passes (size, UTF-8, syntax, depth, types, unknown or duplicate members).
/// </summary>
internal static class JsonInput
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, DocumentReadOptions options, DocumentErrors errors)
        where T : class
    {
        if (utf8Json.Length > options.MaxBytes)
        {
            errors.Add("$", StandardRules.JsonSize, $"the input is {utf8Json.Length:N0} bytes; at most {options.MaxBytes:N0} are read.");
            return null;
        }

        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (!Utf8.IsValid(utf8Json))
        {
            var offset = FirstInvalidUtf8(utf8Json);
            errors.Add("$", StandardRules.JsonSyntax, $"the input is not valid UTF-8 (byte {offset:N0}).", LineAt(utf8Json, offset));
            return null;
        }

        if (!CheckSyntaxAndDepth(utf8Json, options, errors))
        {
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize(utf8Json, typeInfo);
            if (value is null)
            {
                errors.Add("$", StandardRules.Required, "the document is null; an object is expected.");
            }

            return value;
        }
        catch (JsonException ex)
        {
            errors.Add(ex.Path ?? "$", Classify(ex), Describe(ex), ex.LineNumber + 1);
            return null;
        }
    }

    /// <summary>
    /// Reads a document: the JSON gate, then <paramref name="build"/> turns the transfer object into the value with every
    /// broken rule reported. The value is returned only when there is no error at all.
    /// </summary>
    public static DocumentResult<T> Read<TDto, T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<TDto> typeInfo, DocumentReadOptions? options, Func<TDto, DocumentErrors, T?> build)
        where TDto : class
        where T : class
    {
        var errors = new DocumentErrors();
        var dto = Deserialize(utf8Json, typeInfo, options ?? DocumentReadOptions.Default, errors);
        var value = dto is null ? null : build(dto, errors);
        return new DocumentResult<T>(value, errors.ToImmutable());
    }

    public static byte[] ToUtf8(string json) => Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);

    /// <summary>A first pass with the reader alone: syntax, a single top-level value, and the nesting limit.</summary>
    private static bool CheckSyntaxAndDepth(ReadOnlySpan<byte> utf8Json, DocumentReadOptions options, DocumentErrors errors)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            while (reader.Read())
            {
            }

            if (reader.BytesConsumed == 0)
            {
                errors.Add("$", StandardRules.JsonSyntax, "the input is empty.");
                return false;
            }

            return true;
        }
        catch (JsonException ex)
        {
            var depth = reader.CurrentDepth >= options.MaxDepth - 1 && ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
            errors.Add(
                "$",
                depth ? StandardRules.JsonDepth : StandardRules.JsonSyntax,
                depth ? $"the JSON nests deeper than {options.MaxDepth} levels." : Describe(ex),
                ex.LineNumber + 1);
            return false;
        }
    }

    private static string Classify(JsonException ex)
    {
        var message = ex.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return StandardRules.JsonUnknownMember;
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return StandardRules.JsonDuplicateMember;
        }

        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return StandardRules.JsonDepth;
        }

        return message.Contains("could not be converted", StringComparison.Ordinal) || ex.InnerException is not null
            ? StandardRules.JsonType
            : StandardRules.JsonSyntax;
    }

    /// <summary>The reader's message without the position suffix, which the error carries as path and line instead.</summary>
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        foreach (var marker in (ReadOnlySpan<string>)[" Path:", " LineNumber:", " | LineNumber"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        // The serializer names its own transfer types; say what the reader of the document needs instead.
        var typeMention = message.IndexOf(" LaborStandard.", StringComparison.Ordinal);
        if (typeMention > 0)
        {
            message = message[..typeMention].TrimEnd(' ', ':', '\'') + " this position of the document.";
        }

        return message.Trim();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var buffer = new char[Math.Max(1, utf8.Length)];
        Utf8.ToUtf16(utf8, buffer, out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private static long LineAt(ReadOnlySpan<byte> utf8, int offset) => utf8[..offset].Count((byte)'\n') + 1;
}
