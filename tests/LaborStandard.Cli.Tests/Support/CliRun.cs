using System.Text.Json;

namespace LaborStandard.Cli.Tests.Support;

/// <summary>What one in-process run of laborstd did: its exit code and everything it wrote.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Everything written to stdout.</param>
/// <param name="Error">Everything written to stderr.</param>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Gets the non-empty lines of stdout.</summary>
    public IReadOnlyList<string> OutLines => Lines(Out);

    /// <summary>Gets the non-empty lines of stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    /// <summary>Parses stdout as one JSON document.</summary>
    /// <returns>The document; the caller disposes it.</returns>
    public JsonDocument Json() => JsonDocument.Parse(Out);

    /// <summary>Describes the run for a failure message.</summary>
    /// <returns>The exit code and both outputs.</returns>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";

    private static string[] Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
}
