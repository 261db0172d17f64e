using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// The weighted total of a paper under a weight table (4.1 or 4.2): Σ weight × score ÷ 100 over the level's rows, on
/// the same 100-point scale as the rows' scores.
/// </summary>
/// <remarks>
/// The total is computed as one sum of weight × score divided once by 100, so whole and half-point scores give an exact
/// total (60, not 59.99…). Pass it to <see cref="ScoreEvaluator.Evaluate(AssessmentKind, decimal)"/> for the verdict of
/// clause 1.9.2. Immutable and thread-safe.
/// </remarks>
public sealed class WeightedScore
{
    internal WeightedScore(WeightTable table, SkillLevel level, ImmutableArray<WeightedRowScore> rows)
    {
        Kind = table.Kind;
        Clause = table.Clause;
        Level = level;
        Rows = rows;
        Total = rows.Sum(r => r.Percent * r.Score) / WeightTable.Total;
    }

    /// <summary>Gets the kind of assessment.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the clause of the weight table: <c>4.1</c> or <c>4.2</c>.</summary>
    public string Clause { get; }

    /// <summary>Gets the level.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the rows in printed order, each with its weight and score.</summary>
    public ImmutableArray<WeightedRowScore> Rows { get; }

    /// <summary>Gets the weighted total on the 100-point scale.</summary>
    public decimal Total { get; }

    /// <summary>Returns the clause, level and total.</summary>
    /// <returns>For example "4.1 四级/中级工: 72.5".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Clause} {Level}: {Total}");
}
