using LaborStandard.Assessment;

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
        if (session.Json)
        {
            session.WriteJson(AssessmentDocument.ToJson(blueprint, withItems));
            return ExitCodes.Success;
        }

        session.Out.WriteLine($"{blueprint.Clause} {session.Local(blueprint.Title)} · {session.Local(level.Name)} · {session.Text.QuestionCount(kind, count)}");
        foreach (var row in blueprint.Rows)
        {
            session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {session.Local(row.Row.Group)} · {session.Local(row.Row.Item)} ({row.Row.Target.Code}) {row.Percent}%: {row.Count} ({session.Text.ExactShare(row.ExactShare, row.Deviation)})"));
            foreach (var part in row.Parts)
            {
                session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {part.Count} × {part.Clause} {session.Local(part.Title)}"));
            }
        }

        session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {session.Text.MaxDeviation(blueprint.MaxDeviation)}"));
        if (withItems)
        {
            session.Out.WriteLine(session.Text.ItemsHeading);
            foreach (var item in blueprint.Items)
            {
                session.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {item.Count} × {item.Clause} {session.Local(item.Text)}"));
            }
        }

        return ExitCodes.Success;
    }
}
