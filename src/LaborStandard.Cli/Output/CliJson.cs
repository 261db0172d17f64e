using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LaborStandard.Cli.Output;

/// <summary>Writes the tool's JSON answers with <see cref="CliJsonContext"/>: indented for one answer, one line each for JSON Lines, Chinese as is.</summary>
internal static class CliJson
{
    /// <summary>Gets the context that writes indented JSON.</summary>
    public static CliJsonContext Indented { get; } = new(CreateOptions(indented: true));

    /// <summary>Gets the context that writes one line per value (JSON Lines).</summary>
    public static CliJsonContext Compact { get; } = new(CreateOptions(indented: false));

    /// <summary>Writes a value as JSON.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="type">Its type information, from <see cref="Indented"/> or <see cref="Compact"/>.</param>
    /// <returns>The JSON, with <c>\n</c> line ends when indented.</returns>
    public static string Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    private static JsonSerializerOptions CreateOptions(bool indented) => new(CliJsonContext.Default.Options)
    {
        WriteIndented = indented,
        NewLine = "\n",

        // Output for people and programs alike: Chinese stays readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
