using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LaborStandard.Serialization;

/// <summary>How the library writes JSON: readable Chinese (no \u escapes), "\n" line ends, indented or on one line.</summary>
internal static class JsonOutput
{
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
}
