using System.Globalization;

namespace LaborStandard.Model;

/// <summary>A weight of a row for one level, in per cent.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class LevelWeight : IEquatable<LevelWeight>, ILevelled
{
    /// <summary>Creates a weight.</summary>
    /// <param name="level">The level.</param>
    /// <param name="percent">The weight in per cent, 0 to 100.</param>
    /// <exception cref="ModelRuleException">The level is undefined or the percentage is out of range.</exception>
    public LevelWeight(SkillLevel level, int percent)
    {
        Level = Invariant.Level(level, "level");
        Invariant.Require(percent is >= 0 and <= 100, StandardRules.Range, "percent", $"应在 0 至 100 之间，实为 {percent}。", $"must lie between 0 and 100, was {percent}.");
        Percent = percent;
    }

    /// <summary>Gets the level.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the weight in per cent.</summary>
    public int Percent { get; }

    /// <inheritdoc />
    public bool Equals(LevelWeight? other) => other is not null && Level == other.Level && Percent == other.Percent;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LevelWeight);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Percent);

    /// <summary>Returns the level and weight.</summary>
    /// <returns>For example "四级 15%".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Level.ChineseName} {Percent}%");
}
