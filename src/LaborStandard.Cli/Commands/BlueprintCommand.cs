using System.CommandLine;
using System.Globalization;
using LaborStandard.Assessment;
using LaborStandard.Cli.Input;
using LaborStandard.Cli.Output;

namespace LaborStandard.Cli.Commands;

/// <summary><c>blueprint</c>: how many questions or tasks of a paper go to each weight row, work content and item (4.1, 4.2).</summary>
internal static class BlueprintCommand
{
    public static Command Create(Session session)
    {
        var text = session.Text;
        var level = new Option<string>("--level") { Description = text.BlueprintLevelOption, HelpName = "4|3", Required = true };
        var kind = new Option<string>("--kind") { Description = text.BlueprintKindOption, HelpName = "theory|skill", Required = true };
        var count = new Option<string>("--count") { Description = text.CountOption, HelpName = "n", Required = true };
        var items = new Option<bool>("--items") { Description = text.ItemsOption };
        var command = new Command("blueprint", text.BlueprintDescription) { level, kind, count, items };
        command.Handle(session, parse => Run(session, parse.GetValue(level)!, parse.GetValue(kind)!, parse.GetValue(count)!, parse.GetValue(items)));
        return command;
    }

    private static int Run(Session session, string levelText, string kindText, string countText, bool withItems)
    {
        var level = OptionValues.Level(session, "--level", levelText);
        var kind = OptionValues.Kind(session, "--kind", kindText);
        var count = OptionValues.Count(session, "--count", countText, 0);
        var blueprint = new BlueprintBuilder(session.Standard).Build(kind, level, count);
        var dto = new BlueprintDto(
            level.Rank,
            Names.Of(kind),
            blueprint.Count,
            blueprint.Clause,
            TextDto.From(blueprint.Title),
            blueprint.MaxDeviation,
            [
                .. blueprint.Rows.Select(r => new BlueprintRowDto(
                    TextDto.From(r.Row.Group),
                    TextDto.From(r.Row.Item),
                    r.Row.Target.Code,
                    r.Percent,
                    r.ExactShare,
                    r.Count,
                    r.Deviation,
                    [.. r.Parts.Select(p => new BlueprintPartDto(p.Clause, p.Level?.Rank, TextDto.From(p.Title), p.Count, withItems ? [.. p.Items.Select(Item)] : null))])),
            ],
            withItems ? [.. blueprint.Items.Select(Item)] : null);

        if (session.Json)
        {
            session.WriteJson(dto, CliJson.Indented.BlueprintDto);
            return ExitCodes.Success;
        }

        session.Out.WriteLine($"{blueprint.Clause} {session.Local(blueprint.Title)} · {session.Local(level.Name)} · {session.Text.QuestionCount(kind, count)}");
        foreach (var row in dto.Rows)
        {
            session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {session.Local(row.Group)} · {session.Local(row.Item)} ({row.Target}) {row.Percent}%: {row.Count} ({session.Text.ExactShare(row.ExactShare, row.Deviation)})"));
            foreach (var part in row.Parts)
            {
                session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {part.Count} × {part.Clause} {session.Local(part.Title)}"));
            }
        }

        session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {session.Text.MaxDeviation(blueprint.MaxDeviation)}"));
        if (dto.Items is { } list)
        {
            session.Out.WriteLine(session.Text.ItemsHeading);
            foreach (var item in list)
            {
                session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {item.Count} × {item.Clause} {session.Local(item.Text)}"));
            }
        }

        return ExitCodes.Success;
    }

    private static BlueprintItemDto Item(BlueprintItem item) => new(item.Clause, item.Level?.Rank, TextDto.From(item.Text), item.Count);
}
