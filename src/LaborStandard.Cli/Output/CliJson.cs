using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LaborStandard.Cli.Output;

/// <summary>
/// Writes the tool's JSON answers. The shapes of the standard's concepts (requirements, scores, staffing, blueprints,
/// decisions, errors, changes) are the library's documents; the tool adds only the members that echo its own input
/// (the query of <c>find</c>, the files of <c>diff</c>, <c>validate</c> and <c>export</c>).
/// </summary>
internal static class CliJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes an answer with a JSON writer: indented, "\n" line ends, Chinese as is.</summary>
    /// <param name="write">What to write: the library's documents, inside the answer's own members.</param>
    /// <returns>The JSON.</returns>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
