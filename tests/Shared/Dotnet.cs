using System.Diagnostics;
using System.Text;

namespace LaborStandard.Testing;

/// <summary>
/// Runs the .NET CLI, or a program it installed (a .NET tool), as a separate process, the way a user or a build server
/// does. Shared by the test projects that run processes (linked into each, not copied).
/// </summary>
public static class Dotnet
{
    /// <summary>Gets the longest a single command may run before it is stopped and reported.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(5);

    // Set by the CLI for its own MSBuild; a child dotnet picks the SDK that global.json selects for its folder.
    private static readonly string[] InheritedMSBuildVariables = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH"];

    /// <summary>Runs <c>dotnet</c> with the arguments in a folder and waits for it to finish.</summary>
    /// <param name="workingDirectory">The folder to run in.</param>
    /// <param name="arguments">The arguments, each passed as it is.</param>
    /// <param name="environment">Extra environment variables for this command.</param>
    /// <returns>The exit code and output, whether or not the command succeeded.</returns>
    /// <exception cref="TimeoutException">The command ran longer than <see cref="Timeout"/>; the message holds its output so far.</exception>
    public static Task<CommandResult> RunAsync(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
        => RunProgramAsync(Executable(), workingDirectory, arguments, environment);

    /// <summary>Runs a program, such as an installed .NET tool, with the environment <c>dotnet</c> gets, and waits for it to finish.</summary>
    /// <param name="program">The program's path, or a name on the PATH.</param>
    /// <param name="workingDirectory">The folder to run in.</param>
    /// <param name="arguments">The arguments, each passed as it is.</param>
    /// <param name="environment">Extra environment variables for this command.</param>
    /// <returns>The exit code and output, whether or not the command succeeded.</returns>
    /// <exception cref="TimeoutException">The command ran longer than <see cref="Timeout"/>; the message holds its output so far.</exception>
    public static async Task<CommandResult> RunProgramAsync(string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardErrorEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMSBuildVariables)
        {
            start.Environment.Remove(name);
        }

        // No build server or MSBuild node may outlive the test run.
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var command = $"{(program == Executable() ? "dotnet" : program)} {string.Join(' ', start.ArgumentList.Select(Quote))}";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            var stopped = new CommandResult(command, workingDirectory, process.ExitCode, await output, await error, clock.Elapsed);
            if (TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new TimeoutException($"The command did not finish within {Timeout.TotalMinutes} minutes and was stopped.{Environment.NewLine}{stopped}");
        }

        return new CommandResult(command, workingDirectory, process.ExitCode, await output, await error, clock.Elapsed);
    }

    // The CLI tells the processes it starts where its host is; outside of one, dotnet is on the PATH.
    private static string Executable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
}
