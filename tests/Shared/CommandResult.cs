using System.Globalization;

namespace LaborStandard.Testing;

/// <summary>What a finished command did: its exit code and everything it wrote.</summary>
/// <param name="Command">The command line, for the record.</param>
/// <param name="WorkingDirectory">The folder the command ran in.</param>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">Everything written to standard output.</param>
/// <param name="StandardError">Everything written to standard error.</param>
/// <param name="Elapsed">How long the command ran.</param>
public sealed record CommandResult(string Command, string WorkingDirectory, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    /// <summary>Gets a value indicating whether the command exited with code 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Gets the lines of standard output, without line ends.</summary>
    public IReadOnlyList<string> OutputLines => Lines(StandardOutput);

    /// <summary>Gets every line of output that MSBuild, NuGet or the compiler reported as a warning.</summary>
    public IReadOnlyList<string> WarningLines =>
        [.. Lines(StandardOutput).Concat(Lines(StandardError)).Where(l => l.Contains(" warning ", StringComparison.OrdinalIgnoreCase))];

    /// <summary>Describes the run in full (command, exit code, time, both outputs), for a failure message a CI log can use.</summary>
    public override string ToString() => string.Join(
        Environment.NewLine,
        $"$ {Command}",
        $"  in {WorkingDirectory}",
        string.Create(CultureInfo.InvariantCulture, $"  exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s"),
        "--- standard output ---",
        StandardOutput.TrimEnd(),
        "--- standard error ---",
        StandardError.TrimEnd(),
        "--- end ---");

    private static string[] Lines(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
}
