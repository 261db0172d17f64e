using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Cli.Rendering;

/// <summary>
/// The pictures of the standard's pages, drawn from the data so that they cannot drift from it: the routes of 1.9.1 for
/// each level and the level ladder (from the rules and the levels), the tree of functions and work contents of a level
/// with its item counts, and the weight tables as charts.
/// </summary>
internal static class StandardFigures
{
    private const string GoalStyle = "fill:#e8f5e9,stroke:#2e7d32,color:#1b5e20";
    private const string StartStyle = "fill:#e3f2fd,stroke:#1565c0,color:#0d47a1";

    /// <summary>
    /// The routes to one level as a flowchart from left to right: the level's rule branches into its alternatives (an
    /// any-of condition), each alternative is one box with its clause and item and the conditions it combines (an all-of
    /// condition, every one of which must hold), and every route leads to the level.
    /// </summary>
    /// <param name="rule">The level's rule.</param>
    /// <returns>The flowchart's markdown.</returns>
    public static string Routes(LevelRule rule)
    {
        var chart = new Flowchart("LR");
        var level = rule.Level.Name;
        var start = chart.Node(Flowchart.Shape.Terminal, [Flowchart.Bold(rule.Condition.Citation), .. Flowchart.Text(level)]);
        chart.Style(start, "start", StartStyle);
        var goal = chart.Node(Flowchart.Shape.Terminal, Flowchart.Text(FigureTexts.MayApply(level)));
        chart.Style(goal, "goal", GoalStyle);
        var alternatives = rule.Condition.Kind == ConditionKind.AnyOf ? rule.Condition.Conditions : [rule.Condition];
        foreach (var alternative in alternatives)
        {
            var node = chart.Node(Flowchart.Shape.Box, [Flowchart.Bold(alternative.Citation), .. Lines(alternative, alternative.Item)]);
            chart.Edge(start, node);
            chart.Edge(node, goal);
        }

        return chart.ToString();
    }

    /// <summary>
    /// The ladder of levels from the entry upwards, each with its reference training hours (1.8); an arrow leads to a
    /// level from the level whose certificate its items require, or from the applicant when they require none, and
    /// names those items.
    /// </summary>
    /// <param name="standard">The standard.</param>
    /// <param name="rules">Its rules of 1.9.1.</param>
    /// <returns>The flowchart's markdown.</returns>
    public static string Ladder(OccupationalStandard standard, EligibilityRules rules)
    {
        var chart = new Flowchart("BT");
        var applicant = chart.Node(Flowchart.Shape.Terminal, Flowchart.Text(FigureTexts.Applicant));
        chart.Style(applicant, "start", StartStyle);
        var nodes = new Dictionary<SkillLevel, string>();
        foreach (var definition in standard.Levels.OrderBy(l => l.Level))
        {
            var hours = FigureTexts.Hours(definition.TrainingHours);
            nodes[definition.Level] = chart.Node(
                Flowchart.Shape.Box,
                [Flowchart.Bold(definition.Level.Name.Chinese), Flowchart.Italic(definition.Level.Name.English), Flowchart.Escape(hours.Chinese), Flowchart.Italic(hours.English)]);
        }

        foreach (var rule in rules.Levels.OrderBy(r => r.Level))
        {
            if (!nodes.TryGetValue(rule.Level, out var to))
            {
                continue;
            }

            var alternatives = rule.Condition.Kind == ConditionKind.AnyOf ? rule.Condition.Conditions : [rule.Condition];
            foreach (var from in alternatives.GroupBy(a => Prerequisite(a, rule.Level, nodes) ?? applicant))
            {
                chart.Edge(from.Key, to, Flowchart.Escape($"{rule.Condition.Clause} {string.Join("、", from.Select(a => a.Item))}"));
            }
        }

        return chart.ToString();
    }

    /// <summary>The occupational functions of a level and their work contents as a tree, with the item counts of each.</summary>
    /// <param name="table">The level's work requirements.</param>
    /// <returns>The flowchart's markdown.</returns>
    public static string Functions(LevelRequirements table)
    {
        var chart = new Flowchart("LR");
        var root = chart.Node(
            Flowchart.Shape.Terminal,
            [Flowchart.Bold($"{table.Section} {table.Level.Name.Chinese}"), Flowchart.Italic(table.Level.Name.English), .. Counts(table.Skills.Length, table.Knowledge.Length)]);
        chart.Style(root, "start", StartStyle);
        foreach (var function in table.Functions)
        {
            var node = chart.Node(
                Flowchart.Shape.Box,
                [
                    Flowchart.Bold($"{function.Code} {function.Name.Chinese}"),
                    Flowchart.Italic(function.Name.English),
                    .. Counts(function.Requirements(RequirementKind.Skill).Length, function.Requirements(RequirementKind.Knowledge).Length),
                ]);
            chart.Edge(root, node);
            foreach (var content in function.WorkContents)
            {
                chart.Edge(node, chart.Node(
                    Flowchart.Shape.Box,
                    [Flowchart.Escape($"{content.Code} {content.Name.Chinese}"), Flowchart.Italic(content.Name.English), .. Counts(content.Skills.Length, content.Knowledge.Length)]));
            }
        }

        return chart.ToString();
    }

    /// <summary>A weight table as a chart: a group of bars per row, one bar per level.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The figure's HTML.</returns>
    public static string Weights(WeightTable table)
        => ChartFigure.Write(
            string.Create(CultureInfo.InvariantCulture, $"chart-{table.Clause.Replace('.', '-')}"),
            FigureTexts.WeightCaption(table.Clause, table.Title),
            FigureTexts.WeightAxis,
            "%",
            [.. table.Rows.Select(r => new ChartCategory([$"{r.Target.Code} {r.Item.Chinese}", r.Item.English]))],
            [.. table.Levels.Select(l => new ChartSeries(ChartFigure.Both(l.Name), [.. table.Rows.Select(r => (double)r.PercentFor(l)!.Value)]))]);

    /// <summary>
    /// The label lines of an alternative: a single condition's text; the conditions an all-of condition combines, each as
    /// a bullet; an any-of condition inside one as "one of" with its alternatives. A part that cites an item of its own
    /// (not the alternative's) cites it.
    /// </summary>
    private static IEnumerable<string> Lines(Condition condition, string item)
    {
        if (condition.Conditions.IsEmpty)
        {
            return Flowchart.Text(condition.Text);
        }

        var lines = new List<string>();
        if (condition.Kind == ConditionKind.AnyOf)
        {
            lines.AddRange(Flowchart.Text(FigureTexts.OneOf));
        }

        foreach (var part in condition.Conditions)
        {
            var own = part.Item == item ? string.Empty : $"{part.Item} ";
            var text = part.Conditions.IsEmpty ? Flowchart.Text(part.Text).ToList() : [.. Lines(part, item)];
            lines.Add($"• {Flowchart.Escape(own)}{text[0]}");
            lines.AddRange(text.Skip(1));
        }

        return lines;
    }

    /// <summary>The node of the level whose certificate an alternative requires, or null when it requires none of the ladder's.</summary>
    private static string? Prerequisite(Condition alternative, SkillLevel level, Dictionary<SkillLevel, string> nodes)
        => Leaves(alternative).OfType<CertificateCondition>()
            .Select(c => c.Certificate.Level)
            .Where(l => level.IsAbove(l) && nodes.ContainsKey(l))
            .Select(l => nodes[l])
            .FirstOrDefault();

    private static IEnumerable<Condition> Leaves(Condition condition)
        => condition.Conditions.IsEmpty ? [condition] : condition.Conditions.SelectMany(Leaves);

    private static IEnumerable<string> Counts(int skills, int knowledge)
    {
        var counts = FigureTexts.Counts(skills, knowledge);
        return [Flowchart.Escape(counts.Chinese), Flowchart.Italic(counts.English)];
    }
}
