using LaborStandard.Cli.Rendering;

namespace LaborStandard.Cli.Commands;

/// <summary><c>show</c>: the standard, or one level's work requirements, as a tree, as JSON or as markdown.</summary>
internal static class ShowCommand
{
    private static readonly string[] Formats = ["text", "json", "markdown"];

    public static Command Create(Session session)
    {
        var text = session.Text;
        var level = new Option<string?>("--level") { Description = text.ShowLevelOption, HelpName = "4|3" };
        var cumulative = new Option<bool>("--cumulative") { Description = text.CumulativeOption };
        var format = new Option<string>("--format") { Description = text.ShowFormatOption, HelpName = "text|json|markdown", DefaultValueFactory = _ => "text" };
        format.OneOf(session, Formats);
        var command = new Command("show", text.ShowDescription) { level, cumulative, format };
        command.Handle(session, parse => Run(session, parse.GetValue(level), parse.GetValue(cumulative), parse.GetValue(format)!));
        return command;
    }

    private static int Run(Session session, string? levelText, bool cumulative, string format)
    {
        var standard = session.Standard;
        SkillLevel? level = levelText is null ? null : OptionValues.Level(session, "--level", levelText);
        if (cumulative && level is null)
        {
            throw new CliException(session.Text.CumulativeNeedsLevel);
        }

        var tables = level is not { } asked ? standard.WorkRequirements.Levels
            : cumulative ? standard.WorkRequirements.Cumulative(asked)
            : [standard.WorkRequirements.ForLevel(asked)!];

        if (session.Json || format == "json")
        {
            session.WriteJson(level is { } one ? RequirementDocument.ToJson(standard, one, cumulative) : StandardDocument.ToJson(standard));
            return ExitCodes.Success;
        }

        if (format == "markdown")
        {
            var markdown = new StandardMarkdown(standard);
            session.Out.Write(level is null ? markdown.Document() : string.Join("\n", tables.Select(markdown.LevelPage).Select(p => p.Content)));
            return ExitCodes.Success;
        }

        var terminal = new Terminal(session);
        if (level is null)
        {
            WholeStandard(session, terminal, standard);
        }
        else
        {
            foreach (var table in tables)
            {
                terminal.Table(table, 0);
            }
        }

        return ExitCodes.Success;
    }

    private static void WholeStandard(Session session, Terminal terminal, OccupationalStandard standard)
    {
        var edition = standard.Edition;
        terminal.Line(0, session.Local(edition.Title));
        terminal.Line(0, session.Text.EditionLine(edition.OccupationCode, session.Text.Status(edition.Status), edition.Version));
        foreach (var correction in edition.TitleCorrections)
        {
            terminal.Line(1, session.Text.CorrectedTo(correction.Corrected));
        }

        terminal.Blank();
        var prose = Outline.Overview(standard)
            .Append(Outline.AssessmentHeading(standard))
            .Append(Outline.ApplicationConditions(standard))
            .Concat(Outline.AssessmentParameters(standard))
            .Concat(Outline.BasicRequirements(standard));
        foreach (var section in prose)
        {
            Section(session, terminal, section);
        }

        var work = standard.WorkRequirements;
        var chapter = Outline.Parent(work.Levels[0].Section);
        terminal.Line(0, $"{chapter} {session.Local(Outline.Heading(standard, chapter))}");
        terminal.Line(1, session.Local(work.Preamble));
        foreach (var table in work.Levels)
        {
            terminal.Table(table, 1);
        }

        var weights = Outline.Parent(standard.WeightTables[0].Clause);
        terminal.Line(0, $"{weights} {session.Local(Outline.Heading(standard, weights))}");
        foreach (var table in standard.WeightTables)
        {
            terminal.Line(1, $"{table.Clause} {session.Local(table.Title)}");
            foreach (var row in table.Rows)
            {
                var percents = session.Text.List(row.Weights.Select(w => $"{w.Level.ChineseName} {w.Percent}%"));
                terminal.Line(2, $"{session.Local(row.Group)} · {session.Local(row.Item)}: {percents}");
            }
        }
    }

    private static void Section(Session session, Terminal terminal, OutlineSection section)
    {
        var depth = section.Depth - 1;
        terminal.Line(depth, $"{section.Clause} {session.Local(section.Title)}");
        foreach (var block in section.Blocks)
        {
            terminal.Line(depth + (block.Number is null ? 1 : 2), block.Number is { } n ? $"{session.Text.ItemLabel(n)}{session.Local(block.Text)}" : session.Local(block.Text));
        }

        foreach (var correction in section.Corrections)
        {
            terminal.Line(depth + 1, session.Text.CorrectedTo(correction.Corrected));
        }

        foreach (var note in section.Corrections.Select(c => session.Local(c.Note)).Distinct(StringComparer.Ordinal))
        {
            terminal.Line(depth + 1, session.Text.CorrectionNote + note);
        }
    }
}
