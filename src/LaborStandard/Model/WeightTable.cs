using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// 权重表 — a weight table of chapter 4: 4.1 理论知识权重表 (theory knowledge) or 4.2 技能要求权重表 (skills). For every
/// level it weighs, the rows' weights sum to 100 per cent (合计 100).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class WeightTable : IEquatable<WeightTable>
{
    /// <summary>The total every level's column sums to (合计).</summary>
    public const int Total = 100;

    private static readonly LocalizedText NoRow = new("权重表至少应有一行。", "a weight table has at least one row.");

    /// <summary>Creates a weight table.</summary>
    /// <param name="kind">Theory knowledge (4.1) or skills (4.2).</param>
    /// <param name="clause">The clause, e.g. <c>4.1</c>.</param>
    /// <param name="title">The title as printed.</param>
    /// <param name="rows">The rows in printed order.</param>
    /// <exception cref="ModelRuleException">A value is missing, a target repeats, rows weigh different levels, or a level's weights do not sum to 100.</exception>
    public WeightTable(AssessmentKind kind, string clause, LocalizedText title, ImmutableArray<WeightRow> rows)
    {
        Invariant.Enum(kind, "kind");
        Kind = kind;
        Clause = Invariant.Code(clause, 2, "clause");
        Title = Invariant.NotNull(title, "title");
        Rows = Invariant.Items(rows, "rows");
        Invariant.Require(!rows.IsEmpty, StandardRules.Required, "rows", NoRow);
        Levels = [.. rows[0].Weights.Select(w => w.Level).Order()];
        for (var i = 0; i < rows.Length; i++)
        {
            var at = Invariant.Indexed("rows", i);
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(!rows[j].Target.Equals(rows[i].Target), StandardRules.CodeUnique, at + ".target", $"{ModelTexts.Chinese(rows[i].Target)}在两行中都列有比重。", $"{rows[i].Target} is weighted by two rows.");
            }

            Invariant.Require(
                rows[i].Weights.Length == Levels.Length && Levels.All(l => rows[i].PercentFor(l) is not null),
                StandardRules.LevelDefined,
                at + ".weights",
                $"所列等级与第一行（{string.Join("、", Levels)}）不同。",
                $"weighs other levels than the first row ({string.Join(", ", Levels)}).");
        }

        foreach (var level in Levels)
        {
            var sum = rows.Sum(r => r.PercentFor(level)!.Value);
            Invariant.Require(
                sum == Total,
                StandardRules.WeightsSum,
                "rows",
                $"{level}的比重合计为 {sum}，应为 {Total}。",
                $"the weights of {level} sum to {sum}, not {Total}.");
        }
    }

    /// <summary>Gets whether the table weighs theory knowledge (4.1) or skills (4.2).</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the clause, e.g. <c>4.1</c>.</summary>
    public string Clause { get; }

    /// <summary>Gets the title as printed.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the rows in printed order.</summary>
    public ImmutableArray<WeightRow> Rows { get; }

    /// <summary>Gets the levels the table weighs, junior first.</summary>
    public ImmutableArray<SkillLevel> Levels { get; }

    /// <summary>Gets the rows with their weight for one level, in printed order.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Each row with its percentage; empty when the table does not weigh the level.</returns>
    public ImmutableArray<(WeightRow Row, int Percent)> ForLevel(SkillLevel level)
        => Levels.Contains(level) ? [.. Rows.Select(r => (r, r.PercentFor(level)!.Value))] : [];

    /// <inheritdoc />
    public bool Equals(WeightTable? other)
        => other is not null
           && Kind == other.Kind
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && Title.Equals(other.Title)
           && Sequence.Equal(Rows, other.Rows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeightTable);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Title, Sequence.Hash(Rows));

    /// <summary>Returns the clause and title.</summary>
    /// <returns>For example "4.1 理论知识权重表".</returns>
    public override string ToString() => $"{Clause} {Title.Chinese}";
}
