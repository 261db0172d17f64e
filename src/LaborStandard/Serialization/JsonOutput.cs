using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>How the library writes JSON: readable Chinese (no \u escapes), "\n" line ends, indented or on one line.</summary>
internal static class JsonOutput
{
    /// <summary>The Chinese member of a text in both languages.</summary>
    public static readonly JsonEncodedText Zh = JsonEncodedText.Encode("zh");

    /// <summary>The English member of a text in both languages.</summary>
    public static readonly JsonEncodedText En = JsonEncodedText.Encode("en");

    /// <summary>The writer options of a JSON Lines output: one record a line, readable Chinese.</summary>
    public static JsonWriterOptions Lines { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The writer options of a document for people: indented by two spaces, "\n" line ends, readable Chinese.</summary>
    public static JsonWriterOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    public static JsonSerializerOptions Options(JsonSerializerOptions generated, bool indented) => new(generated)
    {
        // Chinese text stays readable; the output is JSON for files and APIs, not for embedding in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        WriteIndented = indented,
    };

    /// <summary>The shape of a source-generated type, with the library's writing options.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonTypeInfo<T> generated, bool indented)
        => (JsonTypeInfo<T>)Options(generated.Options, indented).GetTypeInfo(typeof(T));

    /// <summary>What a writer writes, as text: indented (ending with a line break) or on one line.</summary>
    public static string Text(Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Lines))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + (indented ? "\n" : string.Empty);
    }

    /// <summary>Writes a text in both languages as <c>{ "zh": …, "en": … }</c>, as every document of the library does.</summary>
    public static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString(Zh, text.Chinese);
        writer.WriteString(En, text.English);
        writer.WriteEndObject();
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>, formatted on the stack.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly date)
    {
        Span<byte> utf8 = stackalloc byte[IsoDate.Length];
        IsoDate.Format(date, utf8);
        writer.WriteString(name, utf8);
    }

    /// <summary>Writes a date that may be absent: nothing when it is.</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? date)
    {
        if (date is { } value)
        {
            WriteDate(writer, name, value);
        }
    }
}
