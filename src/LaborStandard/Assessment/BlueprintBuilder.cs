using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 组卷 — builds the blueprint of a paper from a weight table (4.1 理论知识权重表 for theory questions, 4.2 技能要求权重表
/// for skill tasks) and computes a weighted total from per-row scores. The weights are read from
/// <see cref="OccupationalStandard.GetWeightTable"/>.
/// </summary>
/// <remarks>
/// <para>
/// Rows: a paper of N receives whole numbers per row that sum exactly to N. Each row's exact share is N × weight ÷ 100;
/// every row first gets its share rounded down, and the questions left over go one each to the rows with the largest
/// remainders, a tie going to the earlier row (largest-remainder method). A row's count therefore differs from its
/// exact share by less than one.
/// </para>
/// <para>
/// Items: a function's row is broken down to the work contents of that function in the level's table and in the tables
/// of every level it covers, junior first (高级别涵盖低级别的要求), and to their items of the table's kind: related-knowledge
/// requirements (相关知识要求) for theory, skill requirements (技能要求) for skills. A basic-requirements row (基本要求, 2.1
/// or 2.2) is broken down to the topics of its section and their numbered items. The row's count is shared among the
/// parts in proportion to how many items each has (largest remainder again), and a part's count among its items evenly,
/// earlier items taking the remainder, so that the questions spread over the work contents before they pile up on one.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class BlueprintBuilder
{
    private readonly OccupationalStandard _standard;

    /// <summary>Creates the builder of a standard.</summary>
    /// <param name="standard">The standard whose weight tables apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public BlueprintBuilder(OccupationalStandard standard) => _standard = Arguments.NotNull(standard, nameof(standard));

    /// <summary>Builds the blueprint of a paper of <paramref name="count"/> questions (theory) or tasks (skill) for a level.</summary>
    /// <param name="kind">Theory (table 4.1) or skill (table 4.2).</param>
    /// <param name="level">A level the standard defines.</param>
    /// <param name="count">The questions or tasks of the paper, zero or more; zero gives every row zero.</param>
    /// <returns>The blueprint: per row, part and item.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of assessment.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The standard does not define <paramref name="level"/>, or <paramref name="count"/> is negative.
    /// </exception>
    /// <example>
    /// <para>A theory paper of 100 questions for level 4, shared out by the weight table.</para>
    /// <code language="csharp">
    /// var blueprint = new BlueprintBuilder(Standards.Embedded).Build(AssessmentKind.Theory, SkillLevel.Level4, count: 100);
    /// foreach (var row in blueprint.Rows)
    /// {
    ///     Console.WriteLine(row);   // an item of the weight table and its share of the 100 questions
    /// }
    /// </code>
    /// </example>
    public Blueprint Build(AssessmentKind kind, SkillLevel level, int count)
    {
        var rows = RowsOf(kind, level, out var table);
        Arguments.NotNegative(count, nameof(count), "questions or tasks");
        var counts = Apportionment.LargestRemainder(count, [.. rows.Select(r => r.Percent)]);
        var itemKind = kind == AssessmentKind.Theory ? RequirementKind.Knowledge : RequirementKind.Skill;
        var blueprintRows = ImmutableArray.CreateBuilder<BlueprintRow>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var (row, percent) = rows[i];
            var exactShare = (decimal)count * percent / WeightTable.Total;
            blueprintRows.Add(new BlueprintRow(row, percent, exactShare, counts[i], Breakdown(row.Target, level, itemKind, counts[i])));
        }

        return new Blueprint(table, level, count, blueprintRows.MoveToImmutable());
    }

    /// <summary>Computes the weighted total of a paper from the score of each row of the level's weight table.</summary>
    /// <param name="kind">Theory (table 4.1) or skill (table 4.2).</param>
    /// <param name="level">A level the standard defines.</param>
    /// <param name="scores">The score of each row, keyed by the row's <see cref="WeightRow.Target"/>, on the 100-point scale; one per row, no more.</param>
    /// <returns>The total, Σ weight × score ÷ 100, with each row's part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kind"/> is undefined, or <paramref name="scores"/> misses a row of the table or names a part the table
    /// does not weigh.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The standard does not define <paramref name="level"/>, or a score is below 0, above the full marks, NaN or infinite.
    /// </exception>
    public WeightedScore WeightedTotal(AssessmentKind kind, SkillLevel level, IReadOnlyDictionary<WeightTarget, decimal> scores)
    {
        var rows = RowsOf(kind, level, out var table);
        Arguments.NotNull(scores, nameof(scores));
        var missing = rows.Where(r => !scores.ContainsKey(r.Row.Target)).Select(r => r.Row.Target.ToString()).ToList();
        var extra = scores.Keys.Where(t => t is null || !rows.Any(r => r.Row.Target.Equals(t))).Select(t => t?.ToString() ?? "null").ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var problems = new List<string>(2);
            if (missing.Count > 0)
            {
                problems.Add($"no score for {string.Join(", ", missing)}");
            }

            if (extra.Count > 0)
            {
                problems.Add($"scores for parts the table does not weigh: {string.Join(", ", extra)}");
            }

            throw new ArgumentException($"Table {table.Clause} weighs {rows.Length} rows for {level}: {string.Join("; ", problems)}.", nameof(scores));
        }

        var rule = _standard.Assessment.Scoring;
        var rowScores = ImmutableArray.CreateBuilder<WeightedRowScore>(rows.Length);
        foreach (var (row, percent) in rows)
        {
            var score = Arguments.Score(scores[row.Target], rule, nameof(scores), string.Create(CultureInfo.InvariantCulture, $"The score of {row.Target} ({row.Item.English})"));
            rowScores.Add(new WeightedRowScore(row, percent, score));
        }

        return new WeightedScore(table, level, rowScores.MoveToImmutable());
    }

    private ImmutableArray<(WeightRow Row, int Percent)> RowsOf(AssessmentKind kind, SkillLevel level, out WeightTable table)
    {
        Arguments.Kind(kind, nameof(kind));
        _standard.GetLevel(level);
        table = _standard.GetWeightTable(kind);
        return table.ForLevel(level);
    }

    private ImmutableArray<BlueprintPart> Breakdown(WeightTarget target, SkillLevel level, RequirementKind itemKind, int count)
    {
        // Each part: its citation, level, title and items (citation, text); only parts with items can take questions.
        var parts = target.Kind == WeightTargetKind.BasicRequirements
            ? _standard.BasicRequirements.FindSection(target.Code)!.Topics
                .Select(t => (Clause: t.Code, Level: (SkillLevel?)null, t.Title, Items: t.Items.Select(i => (Clause: $"{t.Code}（{i.Number}）", i.Text)).ToArray()))
                .ToArray()
            : _standard.WorkRequirements.Cumulative(level)
                .Select(table => table.FindFunction(target.Code))
                .OfType<OccupationalFunction>()
                .SelectMany(f => f.WorkContents)
                .Select(w => (w.Clause, Level: (SkillLevel?)w.Level, Title: w.Name, Items: w.Of(itemKind).Select(r => (r.Clause, r.Text)).ToArray()))
                .ToArray();
        parts = [.. parts.Where(p => p.Items.Length > 0)];
        var partCounts = Apportionment.LargestRemainder(count, [.. parts.Select(p => p.Items.Length)]);
        var result = ImmutableArray.CreateBuilder<BlueprintPart>(parts.Length);
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            var itemCounts = Apportionment.LargestRemainder(partCounts[p], [.. part.Items.Select(_ => 1)]);
            result.Add(new BlueprintPart(
                part.Clause,
                part.Level,
                part.Title,
                [.. part.Items.Select((item, i) => new BlueprintItem(item.Clause, part.Level, item.Text, itemCounts[i]))]));
        }

        return result.MoveToImmutable();
    }
}
