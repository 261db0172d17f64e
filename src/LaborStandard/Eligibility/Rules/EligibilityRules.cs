using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// The application conditions (申报条件) of the levels of one occupation's standard as data: the rule set the engine
/// interprets. The rules of 3-01-01-02 ship with the package (<c>Standards.EmbeddedRules</c>); callers may load their
/// own for another standard or a local policy.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class EligibilityRules : IEquatable<EligibilityRules>
{
    private static readonly LocalizedText NoLevel = new("规则集至少应有一个等级。", "a rule set has at least one level.");

    /// <summary>Creates a rule set.</summary>
    /// <param name="occupationCode">The occupation whose standard the rules belong to, e.g. <c>3-01-01-02</c>.</param>
    /// <param name="levels">One rule per level, junior first.</param>
    /// <exception cref="ModelRuleException">A value is missing or malformed, or a level appears twice.</exception>
    public EligibilityRules(string occupationCode, ImmutableArray<LevelRule> levels)
    {
        OccupationCode = OccupationCodes.Check(occupationCode, "occupationCode");
        Levels = Invariant.Items(levels, "levels");
        Invariant.Require(!levels.IsEmpty, StandardRules.Required, "levels", NoLevel);
        for (var i = 0; i < levels.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(levels[j].Level != levels[i].Level, StandardRules.LevelUnique, Invariant.Indexed("levels", i) + ".level", $"{levels[i].Level}有两条规则。", $"{levels[i].Level} has two rules.");
            }
        }
    }

    /// <summary>Gets the occupation whose standard the rules belong to.</summary>
    public string OccupationCode { get; }

    /// <summary>Gets one rule per level.</summary>
    public ImmutableArray<LevelRule> Levels { get; }

    /// <summary>Finds the rule of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public LevelRule? Find(SkillLevel level) => Sequence.ForLevel(Levels, level);

    /// <inheritdoc />
    public bool Equals(EligibilityRules? other)
        => other is not null && string.Equals(OccupationCode, other.OccupationCode, StringComparison.Ordinal) && Sequence.Equal(Levels, other.Levels);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EligibilityRules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccupationCode, Sequence.Hash(Levels));

    /// <summary>Returns the occupation and levels.</summary>
    /// <returns>For example "3-01-01-02: 四级/中级工, 三级/高级工".</returns>
    public override string ToString() => $"{OccupationCode}: {Sequence.LevelsOf(Levels)}";
}
