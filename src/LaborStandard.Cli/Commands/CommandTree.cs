using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

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
            : parse.Errors.Count > 0 ? Described(session.Text, parse.Errors.OrderBy(e => e.SymbolResult is CommandResult ? 1 : 0).First())
            : session.Text.UsageError;
        return session.Text.WithHelpHint(message, CommandPath(parse.CommandResult));
    }

    /// <summary>Accepts only one of a few words for an option, and says which in the session's language when another is given.</summary>
    /// <param name="option">The option.</param>
    /// <param name="session">The run.</param>
    /// <param name="choices">The words accepted.</param>
    /// <returns>The option.</returns>
    public static Option<string> OneOf(this Option<string> option, Session session, IReadOnlyList<string> choices)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !choices.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(session.Text.BadChoice(option.Name, value, string.Join(", ", choices)));
            }
        });
        return option;
    }

    /// <summary>
    /// A parse error in the session's language. The parser's own messages are English, so the mistakes it finds by itself
    /// (a value missing or given twice, a required option, argument or command left out) are told from what it parsed;
    /// the only messages passed through are the ones the tool's validators gave, already in the session's language.
    /// </summary>
    private static string Described(CliTexts text, ParseError error)
    {
        switch (error.SymbolResult)
        {
            case OptionResult given when given.IdentifierTokenCount == 0 && given.Option.Required:
                return text.OptionRequired(given.Option.Name);
            case OptionResult given when given.Tokens.Count == 0 && given.Option.Arity.MinimumNumberOfValues > 0:
                return text.OptionNeedsValue(given.Option.Name);
            case OptionResult given when given.Option.Arity.MaximumNumberOfValues == 1 && given.Tokens.Count > 1:
                return text.OptionTakesOneValue(given.Option.Name, given.Tokens.Count);
            case ArgumentResult given when given.Tokens.Count < given.Argument.Arity.MinimumNumberOfValues:
                return text.ArgumentMissing(given.Argument.HelpName ?? given.Argument.Name);
            case CommandResult command:
                if (command.Command.Options.FirstOrDefault(o => o.Required && command.GetResult(o) is null) is { } option)
                {
                    return text.OptionRequired(option.Name);
                }

                if (command.Command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > (command.GetResult(a)?.Tokens.Count ?? 0)) is { } argument)
                {
                    return text.ArgumentMissing(argument.HelpName ?? argument.Name);
                }

                if (command.Command.Subcommands.Count > 0 && command.Command.Action is null)
                {
                    return text.CommandMissing;
                }

                break;
        }

        return error.Message;
    }

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
