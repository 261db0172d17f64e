using System.Globalization;
using System.Text.RegularExpressions;
using LaborStandard.Cli.Commands;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests;

/// <summary>
/// Every mistake the command-line parser finds by itself is told in the user's language, naming the option or
/// argument: for every option of every command, a value left out and a value given twice; every required option and
/// argument left out. None of the parser's own English sentences reaches a Chinese line.
/// </summary>
public partial class UsageErrorsTest
{
    public static TheoryData<string[], string> Mistakes()
    {
        var data = new TheoryData<string[], string>();
        var session = new Session(new CliEnvironment(CultureInfo.GetCultureInfo("zh-CN"), Laborstd.Today, Repository.Root, false), TextWriter.Null, TextWriter.Null, Stream.Null, Language.Chinese);
        var root = CommandTree.Build(session);
        foreach (var command in root.Subcommands)
        {
            // What the command needs to get as far as the option under test: its arguments and required options.
            string[] arguments = [.. command.Arguments.Select(_ => "samples/candidates/level4-2-work.json")];
            string[] required = [.. command.Options.Where(o => o.Required).SelectMany(o => new[] { o.Name, RequiredValue(o.Name) })];
            var options = command.Options.Concat(command == root.Subcommands[0] ? root.Options.Where(o => o.Recursive) : []);
            foreach (var option in options.Where(o => o.Arity.MinimumNumberOfValues > 0 && !o.Required))
            {
                data.Add([command.Name, .. arguments, .. required, option.Name], option.Name);
                if (option.Arity.MaximumNumberOfValues == 1)
                {
                    data.Add([command.Name, .. arguments, .. required, option.Name, "1", option.Name, "1"], option.Name);
                }
            }

            foreach (var option in command.Options.Where(o => o.Required))
            {
                data.Add([command.Name, .. arguments, .. required.Where((_, i) => required[i - (i % 2)] != option.Name)], option.Name);
            }

            for (var k = 0; k < command.Arguments.Count; k++)
            {
                if (command.Arguments[k].Arity.MinimumNumberOfValues > 0)
                {
                    data.Add([command.Name, .. arguments.Take(k), .. required], command.Arguments[k].HelpName ?? command.Arguments[k].Name);
                }
            }
        }

        data.Add(["--lang", "zh"], "laborstd --help");
        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_the_parser_finds_is_one_line_in_the_users_language_naming_what_is_wrong(string[] args, string named)
    {
        foreach (var (culture, english) in new[] { ("zh-CN", false), ("en-US", true) })
        {
            var run = await Laborstd.RunAsync(args, string.Empty, CultureInfo.GetCultureInfo(culture));

            run.ExitCode.Should().Be(2, run.ToString());
            var line = run.ErrorLines.Should().ContainSingle().Subject;
            line.Should().StartWith("laborstd: ").And.Contain(named);
            line.Should().NotContainAny("Option '", "Required ", "Argument '", "expects", "not recognized", "was not provided");
            if (!english)
            {
                EnglishWords().IsMatch(line).Should().BeFalse($"no English sentence inside Chinese output: {line}");
            }
        }
    }

    private static string RequiredValue(string option) => option switch
    {
        "--level" => "4",
        "--kind" => "theory",
        "--count" => "10",
        "--format" => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(option), option, "A required option this test has no value for: give it one."),
    };

    // Three English words in a row is a sentence; options, values and file names are single tokens.
    [GeneratedRegex(@"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")]
    private static partial Regex EnglishWords();
}
