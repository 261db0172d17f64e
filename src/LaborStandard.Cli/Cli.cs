using System.CommandLine;
using System.CommandLine.Invocation;
using LaborStandard.Cli.Commands;

namespace LaborStandard.Cli;

/// <summary>
/// The whole tool as one call: parse the command line, run the command, write to the given writers, return the exit
/// code. Nothing reaches the console directly, so tests run every command in-process.
/// </summary>
internal static class Cli
{
    /// <summary>The command name, as installed.</summary>
    public const string Name = "laborstd";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where answers go.</param>
    /// <param name="stderr">Where errors, progress and batch summaries go.</param>
    /// <param name="stdin">What <c>-</c> reads, as bytes.</param>
    /// <param name="environment">The language, date and folder of the run; the process's own when null.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream stdin, CliEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(stdin);
        environment ??= CliEnvironment.FromSystem();
        var language = Language.TryParse(Language.Scan(args), out var chosen) ? chosen : Language.For(environment.UICulture);
        var session = new Session(environment, stdout, stderr, stdin, language);
        try
        {
            var root = CommandTree.Build(session);
            if (args.Length == 0)
            {
                // No command: the help, on stderr, as a usage error.
                await root.Parse(["--help"]).InvokeAsync(Configuration(stderr, stderr)).ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                stderr.WriteLine($"{Name}: {CommandTree.DescribeError(session, parse)}");
                return ExitCodes.BadInput;
            }

            return await parse.InvokeAsync(Configuration(stdout, stderr)).ConfigureAwait(false);
        }
        catch (CliException e)
        {
            foreach (var line in e.Lines)
            {
                stderr.WriteLine($"{Name}: {line}");
            }

            return ExitCodes.BadInput;
        }
        catch (Output.OutputClosedException)
        {
            // The reader went away (| head): nothing more to say, and no one to say it to.
            return ExitCodes.OutputClosed;
        }
#pragma warning disable CA1031 // The tool's promise: never a stack trace. Whatever escapes is reported in one line as an internal error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"{Name}: {session.Text.InternalError(e.GetType().FullName ?? e.GetType().Name, FirstLine(e.Message))}");
            return ExitCodes.InternalError;
        }
    }

    private static InvocationConfiguration Configuration(TextWriter output, TextWriter error)
        => new() { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
