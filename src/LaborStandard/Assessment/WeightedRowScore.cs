using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>A row's part of a weighted total: its weight, its score and what it adds to the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WeightedRowScore
{
    internal WeightedRowScore(WeightRow row, int percent, decimal score)
    {
        Row = row;
        Percent = percent;
        Score = score;
    }

    /// <summary>Gets the row of the weight table.</summary>
    public WeightRow Row { get; }

    /// <summary>Gets the row's weight for the level, in per cent.</summary>
    public int Percent { get; }

    /// <summary>Gets the row's score on the 100-point scale.</summary>
    public decimal Score { get; }

    /// <summary>Gets what the row adds to the total: weight × score ÷ 100.</summary>
    public decimal Contribution => Percent * Score / WeightTable.Total;

    /// <summary>Returns the row, weight and score.</summary>
    /// <returns>For example "就业创业服务 15% × 80 = 12".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Row.Item.Chinese} {Percent}% × {Score} = {Contribution}");
}
