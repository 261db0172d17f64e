using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// A row of a weight table (权重表) in a paper's blueprint: its weight for the level, its exact share of the paper, the
/// whole number of questions or tasks it receives, how far that is from the exact share, and where they go.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BlueprintRow
{
    internal BlueprintRow(WeightRow row, int percent, decimal exactShare, int count, ImmutableArray<BlueprintPart> parts)
    {
        Row = row;
        Percent = percent;
        ExactShare = exactShare;
        Count = count;
        Parts = parts;
    }

    /// <summary>Gets the row of the weight table.</summary>
    public WeightRow Row { get; }

    /// <summary>Gets the row's weight for the level, in per cent.</summary>
    public int Percent { get; }

    /// <summary>Gets the exact share of the paper: the paper's count × the weight ÷ 100.</summary>
    public decimal ExactShare { get; }

    /// <summary>Gets the whole number of questions or tasks the row receives.</summary>
    public int Count { get; }

    /// <summary>Gets how far the count is from the exact share: <see cref="Count"/> − <see cref="ExactShare"/>, always less than one either way.</summary>
    public decimal Deviation => Count - ExactShare;

    /// <summary>
    /// Gets where the row's count goes: the work contents of the row's function at the level and every level it covers,
    /// junior first (高级别涵盖低级别的要求), or the topics of a basic-requirements section; only parts with items of the
    /// table's kind are listed. Empty when no item can take a question.
    /// </summary>
    public ImmutableArray<BlueprintPart> Parts { get; }

    /// <summary>Returns the row's item, weight, exact share and count.</summary>
    /// <returns>For example "就业创业服务 15%: 4.5 → 5 (+0.5)".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Row.Item.Chinese} {Percent}%: {ExactShare} → {Count} ({Deviation:+0.##;-0.##;0})");
}
