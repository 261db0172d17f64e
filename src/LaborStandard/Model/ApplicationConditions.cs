using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// 申报条件 — who may apply for one level (clause 1.9.1): a preamble (具备以下条件之一者 …, any one condition suffices)
/// and the numbered conditions, as printed.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class ApplicationConditions : IEquatable<ApplicationConditions>, ILevelled
{
    private static readonly LocalizedText NoCondition = new("每个等级至少应有一项申报条件。", "a level has at least one application condition.");

    /// <summary>Creates the application conditions of a level.</summary>
    /// <param name="level">The level applied for.</param>
    /// <param name="preamble">The sentence that introduces the conditions, as printed.</param>
    /// <param name="items">The numbered conditions, （1） first.</param>
    /// <exception cref="ModelRuleException">A value is missing, or the items are not numbered 1, 2, 3 ….</exception>
    public ApplicationConditions(SkillLevel level, LocalizedText preamble, ImmutableArray<NumberedItem> items)
    {
        Level = Invariant.Level(level, "level");
        Preamble = Invariant.NotNull(preamble, "preamble");
        Items = Invariant.Numbered(items, "items");
        Invariant.Require(!items.IsEmpty, StandardRules.Required, "items", NoCondition);
    }

    /// <summary>Gets the level applied for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the sentence that introduces the conditions, e.g. 具备以下条件之一者，可以申报四级（中级劳动保障专理员）∕中级工：.</summary>
    public LocalizedText Preamble { get; }

    /// <summary>Gets the numbered conditions as printed; any one of them suffices.</summary>
    public ImmutableArray<NumberedItem> Items { get; }

    /// <inheritdoc />
    public bool Equals(ApplicationConditions? other)
        => other is not null && Level == other.Level && Preamble.Equals(other.Preamble) && Sequence.Equal(Items, other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApplicationConditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Preamble, Sequence.Hash(Items));

    /// <summary>Returns the level and the number of conditions.</summary>
    /// <returns>For example "1.9.1 四级/中级工: 4 conditions".</returns>
    public override string ToString() => $"1.9.1 {Level}: {Items.Length} conditions";
}
