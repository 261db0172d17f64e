using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LaborStandard.Cli.Commands;

/// <summary>The commands of <c>laborstd</c>, their help, and how a parse error is told in one line.</summary>
internal static class CommandTree
{
    /// <summary>Builds the root command with every command under it, described in the session's language.</summary>
    /// <param name="session">The run.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Build(Session session)
    {
        var root = new RootCommand(session.Text.RootDescription);
        foreach (var option in session.Globals.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(ShowCommand.Create(session));
        root.Subcommands.Add(FindCommand.Create(session));
        root.Subcommands.Add(EligibilityCommand.Create(session));
        root.Subcommands.Add(ScoreCommand.Create(session));
        root.Subcommands.Add(StaffingCommand.Create(session));
        root.Subcommands.Add(BlueprintCommand.Create(session));
        root.Subcommands.Add(ValidateCommand.Create(session));
        root.Subcommands.Add(ExportCommand.Create(session));
        root.Subcommands.Add(DiffCommand.Create(session));

        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new HelpWithExitCodes(help, session);
                helpOption.Description = session.Text.HelpOption;
            }
            else if (option is VersionOption)
            {
                option.Description = session.Text.VersionOption;
            }
        }

        return root;
    }

    /// <summary>Sets what a command does: bind the options every command has, then run.</summary>
    /// <param name="command">The command.</param>
    /// <param name="session">The run.</param>
    /// <param name="run">The command's work; returns the exit code.</param>
    public static void Handle(this Command command, Session session, Func<ParseResult, int> run)
        => command.SetAction(parse =>
        {
            session.Bind(parse);
            return run(parse);
        });

    /// <summary>Rejects an argument value that looks like an option, so that a mistyped option is not taken for a file or a query.</summary>
    /// <param name="argument">The argument.</param>
    /// <param name="session">The run.</param>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <returns>The argument.</returns>
    public static Argument<T> RejectingOptions<T>(this Argument<T> argument, Session session)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (LooksLikeOption(token.Value))
                {
                    result.AddError(session.Text.UnknownToken(token.Value));
                }
            }
        });
        return argument;
    }

    /// <summary>Says in one line what is wrong with a command line, and where to look for help.</summary>
    /// <param name="session">The run.</param>
    /// <param name="parse">The failed parse.</param>
    /// <returns>The line, without the program name.</returns>
    public static string DescribeError(Session session, ParseResult parse)
    {
        // An unknown option the parser took for an argument value is the mistake to name, before any token it left over.
        var unknownOption = parse.Tokens.FirstOrDefault(t => t.Type == TokenType.Argument && LooksLikeOption(t.Value));
        var message = unknownOption is not null ? session.Text.UnknownToken(unknownOption.Value)
            : parse.UnmatchedTokens.Count > 0 ? session.Text.UnknownToken(parse.UnmatchedTokens[0])
            : parse.Errors.Count > 0 ? OneLine(parse.Errors[0].Message)
            : session.Text.UsageError;
        return session.Text.WithHelpHint(message, CommandPath(parse.CommandResult));
    }

    // The parser's messages may list choices on lines of their own; the tool's errors are one line.
    private static string OneLine(string message)
        => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool LooksLikeOption(string value)
        => value.Length > 1 && value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? at = result; at is CommandResult command; at = command.Parent)
        {
            names.Add(command.Command is RootCommand ? Cli.Name : command.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The built-in help followed by the exit codes, which every command shares.</summary>
    private sealed class HelpWithExitCodes(HelpAction inner, Session session) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(session.Text.ExitCodesTitle);
            foreach (var line in session.Text.ExitCodes)
            {
                output.WriteLine($"  {line}");
            }

            output.WriteLine();
            return code;
        }
    }
}
