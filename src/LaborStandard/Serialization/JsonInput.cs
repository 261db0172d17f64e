using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Turns UTF-8 JSON into a document's transfer object, or into errors with a JSON path, a line and a rule: the one
/// gate every JSON input of the library passes (size, UTF-8, syntax, depth, types, unknown or duplicate members).
/// The bytes are tokenised once: the serializer reads them through a reader that enforces the depth limit.
/// </summary>
internal static class JsonInput
{
    private static readonly System.Buffers.SearchValues<byte> Whitespace = System.Buffers.SearchValues.Create(" \t\r\n"u8);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static TDto? Deserialize<TDto>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<TDto> typeInfo, DocumentReadOptions options, DocumentErrors errors)
        where TDto : class
    {
        if (utf8Json.Length > options.MaxBytes)
        {
            errors.Add("$", StandardRules.JsonSize, JsonTexts.TooLarge(utf8Json.Length, options.MaxBytes));
            return null;
        }

        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (!Utf8.IsValid(utf8Json))
        {
            var offset = FirstInvalidUtf8(utf8Json);
            errors.Add("$", StandardRules.JsonSyntax, JsonTexts.NotUtf8(offset), LineAt(utf8Json, offset));
            return null;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            var value = JsonSerializer.Deserialize(ref reader, typeInfo);
            if (HasMore(ref reader))
            {
                errors.Add("$", StandardRules.JsonSyntax, JsonTexts.TrailingContent, LineAt(utf8Json, (int)reader.BytesConsumed));
                return null;
            }

            if (value is null)
            {
                errors.Add("$", StandardRules.Required, JsonTexts.NullDocument);
            }

            return value;
        }
        catch (JsonException ex)
        {
            var (rule, message) = JsonTexts.Describe(ex, typeInfo, options.MaxDepth, utf8Json.IsEmpty || IsBlank(utf8Json));
            errors.Add(ex.Path ?? "$", rule, message, ex.LineNumber + 1);
            return null;
        }
    }

    /// <summary>Whether anything but white space follows the value just read.</summary>
    private static bool HasMore(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(Whitespace) < 0;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var buffer = new char[Math.Max(1, utf8.Length)];
        Utf8.ToUtf16(utf8, buffer, out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private static long LineAt(ReadOnlySpan<byte> utf8, int offset) => utf8[..offset].Count((byte)'\n') + 1;
}
