using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LaborStandard.Serialization;

/// <summary>How the library writes JSON: readable Chinese (no \u escapes), "\n" line ends, indented or on one line.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options(JsonSerializerOptions generated, bool indented) => new(generated)
    {
        // Chinese text stays readable; the output is JSON for files and APIs, not for embedding in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        WriteIndented = indented,
    };

    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo, bool indented)
        => JsonSerializer.Serialize(value, typeInfo) + (indented ? "\n" : string.Empty);
}
