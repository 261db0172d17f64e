using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>The application conditions of one level as an executable condition tree.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class LevelRule : IEquatable<LevelRule>, ILevelled
{
    /// <summary>Creates a level's rule.</summary>
    /// <param name="level">The level applied for.</param>
    /// <param name="condition">The root condition, usually an <see cref="AnyOfCondition"/> of the numbered alternatives.</param>
    /// <exception cref="ModelRuleException">A value is missing or the level undefined.</exception>
    public LevelRule(SkillLevel level, Condition condition)
    {
        Level = Invariant.Level(level, "level");
        Condition = Invariant.NotNull(condition, "condition");
    }

    /// <summary>Gets the level applied for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the root condition.</summary>
    public Condition Condition { get; }

    /// <inheritdoc />
    public bool Equals(LevelRule? other) => other is not null && Level == other.Level && Condition.Equals(other.Condition);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LevelRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Condition);

    /// <summary>Returns the level and its root condition's citation.</summary>
    /// <returns>For example "四级/中级工: 1.9.1 四级".</returns>
    public override string ToString() => $"{Level}: {Condition.Citation}";
}
