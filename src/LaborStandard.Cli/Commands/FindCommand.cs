using System.Collections.Immutable;

namespace LaborStandard.Cli.Commands;

/// <summary><c>find</c>: requirements by code (as printed or as corrected; a work content or function code lists all under it) or by words.</summary>
internal static class FindCommand
{
    public static Command Create(Session session)
    {
        var text = session.Text;
        // Several words without quotes are several words: `find 创业 担保` is `find "创业 担保"`.
        var query = new Argument<string[]>("code-or-words") { Description = text.FindQueryArgument, Arity = ArgumentArity.OneOrMore }.RejectingOptions(session);
        var level = new Option<string?>("--level") { Description = text.FindLevelOption, HelpName = "4|3" };
        var command = new Command("find", text.FindDescription) { query, level };
        command.Handle(session, parse => Run(session, string.Join(' ', parse.GetValue(query)!), parse.GetValue(level)));
        return command;
    }

    private static int Run(Session session, string query, string? levelText)
    {
        var work = session.Standard.WorkRequirements;
        SkillLevel? level = levelText is null ? null : OptionValues.Level(session, "--level", levelText);
        query = query.Trim();
        if (query.Length == 0)
        {
            throw new CliException(session.Text.EmptyQuery);
        }

        var byCode = IsCode(query);
        var matches = byCode ? ByCode(work, query, level) : work.Search(query, level);

        if (session.Json)
        {
            // The query as it was understood, then every match in the library's form of a requirement.
            session.WriteJson(CliJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("query", query);
                writer.WriteString("match", byCode ? "code" : "words");
                if (level is { } one)
                {
                    writer.WriteNumber("level", one.Rank);
                }

                writer.WriteNumber("count", matches.Length);
                writer.WriteStartArray("matches");
                foreach (var match in matches)
                {
                    RequirementDocument.Write(writer, match);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }));
        }
        else if (matches.IsEmpty)
        {
            session.Out.WriteLine(session.Text.NothingFound(query));
        }
        else
        {
            var terminal = new Terminal(session);
            foreach (var requirement in matches)
            {
                terminal.Requirement(requirement, 0, withClause: true);
            }

            session.Out.WriteLine(session.Text.FoundCount(matches.Length));
        }

        return matches.IsEmpty ? ExitCodes.Negative : ExitCodes.Success;
    }

    /// <summary>Whether the query is a code: one to three numbers joined by dots (<c>2</c>, <c>2.4</c>, <c>2.4.2</c>).</summary>
    private static bool IsCode(string query)
    {
        var parts = query.Split('.');
        return parts.Length <= 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    private static ImmutableArray<Requirement> ByCode(WorkRequirements work, string code, SkillLevel? level)
    {
        var tables = work.Levels.Where(t => level is null || t.Level == level.Value);
        if (code.Count(c => c == '.') == 2)
        {
            return [.. tables.SelectMany(t => work.FindByCode(t.Level, code))];
        }

        // A function or work content code: every requirement under it, by its corrected or its printed code.
        var prefix = code + ".";
        return
        [
            .. tables.SelectMany(t => t.Skills.Concat(t.Knowledge)
                .Where(r => r.Code.StartsWith(prefix, StringComparison.Ordinal) || r.PrintedCode.StartsWith(prefix, StringComparison.Ordinal))),
        ];
    }
}
