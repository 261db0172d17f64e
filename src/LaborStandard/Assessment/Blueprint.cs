using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 组卷蓝图 — the blueprint of a paper for one level under a weight table (4.1 理论知识权重表 or 4.2 技能要求权重表): how
/// many of its questions or tasks each row, work content and item receives.
/// </summary>
/// <remarks>
/// The rows' counts are whole numbers that sum exactly to <see cref="Count"/>, apportioned by largest remainder (ties go
/// to the earlier row); see <see cref="BlueprintBuilder.Build"/>. Immutable and thread-safe.
/// </remarks>
public sealed class Blueprint
{
    internal Blueprint(WeightTable table, SkillLevel level, int count, ImmutableArray<BlueprintRow> rows)
    {
        Kind = table.Kind;
        Clause = table.Clause;
        Title = table.Title;
        Level = level;
        Count = count;
        Rows = rows;
    }

    /// <summary>Gets the kind of assessment: theory questions or skill tasks.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the clause of the weight table, read from it: <c>4.1</c> or <c>4.2</c>.</summary>
    public string Clause { get; }

    /// <summary>Gets the title of the weight table as printed.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the level the paper is for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the questions or tasks of the paper.</summary>
    public int Count { get; }

    /// <summary>Gets the rows of the table in printed order, each with its count.</summary>
    public ImmutableArray<BlueprintRow> Rows { get; }

    /// <summary>Gets the largest distance of a row's count from its exact share.</summary>
    public decimal MaxDeviation => Rows.IsEmpty ? 0 : Rows.Max(r => Math.Abs(r.Deviation));

    /// <summary>
    /// Gets the paper item by item: every item that receives at least one question or task, row by row in the table's
    /// order and in printed order within a row. Their counts sum to <see cref="Count"/>, unless a row with questions has no
    /// item of the table's kind to give them to (see <see cref="BlueprintRow.Parts"/>).
    /// </summary>
    public ImmutableArray<BlueprintItem> Items => [.. Rows.SelectMany(r => r.Parts).SelectMany(p => p.Items).Where(i => i.Count > 0)];

    /// <summary>Returns the table, level and counts.</summary>
    /// <returns>For example "4.1 理论知识权重表 四级/中级工 × 100: 10, 30, 10, 15, 15, 10, 10".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Clause} {Title.Chinese} {Level} × {Count}: {string.Join(", ", Rows.Select(r => r.Count))}");
}
