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
        var json = AsksForJson(args);
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
                return Fail(session, json, "usage", ExitCodes.BadInput, [CommandTree.DescribeError(session, parse)], []);
            }

            var code = await parse.InvokeAsync(Configuration(stdout, stderr)).ConfigureAwait(false);

            // The answer leaves the writer here, so that a failed write (a full disk) is reported like any other error.
            await stdout.FlushAsync().ConfigureAwait(false);
            return code;
        }
        catch (Output.StandardOutputFailedException e)
        {
            // Standard output is what failed, so the error goes to stderr, --json or not.
            session.Error.WriteLine($"{Name}: {Output.OutputFile.Failure(session, session.Text.StandardOutputName, e.InnerException!).Message}");
            return ExitCodes.BadInput;
        }
        catch (CliException e)
        {
            return Fail(session, json, e.Errors.Count > 0 ? "invalid-document" : "bad-input", ExitCodes.BadInput, e.Lines, e.Errors);
        }
        catch (Output.OutputClosedException)
        {
            // The reader has gone: nothing more to say to anyone.
            return ExitCodes.OutputClosed;
        }
#pragma warning disable CA1031 // The tool's promise: never a stack trace. Whatever escapes is reported in one line as an internal error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(session, json, "internal-error", ExitCodes.InternalError, [session.Text.InternalError(FirstLine(e.Message))], []);
        }
    }

    /// <summary>
    /// Reports a failure: each line on stderr; with <c>--json</c>, an error document (docs/schema/error.schema.json) on
    /// stdout instead, so that a program reads the failure as data. The exit code is the same either way.
    /// </summary>
    private static int Fail(Session session, bool json, string code, int exitCode, IReadOnlyList<string> lines, IReadOnlyList<DocumentError> errors)
    {
        if (json)
        {
            // A document error carries its own place; the message is the first line, which names the file.
            var message = errors.Count > 0 ? session.Text.InvalidDocument(lines.Count > 0 ? lines[0] : string.Empty, errors.Count) : string.Join(" ", lines);
            session.WriteJson(ErrorDocument.ToJson(new ErrorReport(code, exitCode, message, errors)));
            return exitCode;
        }

        foreach (var line in lines)
        {
            session.Error.WriteLine($"{Name}: {line}");
        }

        return exitCode;
    }

    /// <summary>Whether the command line asks for JSON, known before it is parsed so that even a usage error is a document.</summary>
    private static bool AsksForJson(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                return false;
            }

            if (arg == "--json" || arg.Equals("--json=true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static InvocationConfiguration Configuration(TextWriter output, TextWriter error)
        => new() { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
