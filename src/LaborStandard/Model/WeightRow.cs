using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// A row of a weight table (chapter 4): its group (基本要求, 相关知识要求 or 技能要求), its item (e.g. 就业创业服务), the part
/// of the standard it weighs and its weight per level.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class WeightRow : IEquatable<WeightRow>
{
    /// <summary>Creates a row.</summary>
    /// <param name="group">The group the row belongs to, as printed (基本要求, 相关知识要求, 技能要求).</param>
    /// <param name="item">The row's item, as printed (职业道德, 基础知识, 就业创业服务 …).</param>
    /// <param name="target">The part of the standard the row weighs.</param>
    /// <param name="weights">The weight for each level; each level once.</param>
    /// <exception cref="ModelRuleException">A value is missing or a level repeats.</exception>
    public WeightRow(LocalizedText group, LocalizedText item, WeightTarget target, ImmutableArray<LevelWeight> weights)
    {
        Group = Invariant.NotNull(group, "group");
        Item = Invariant.NotNull(item, "item");
        Target = Invariant.NotNull(target, "target");
        Weights = Invariant.Items(weights, "weights");
        for (var i = 0; i < weights.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(weights[j].Level != weights[i].Level, StandardRules.LevelUnique, Invariant.Indexed("weights", i) + ".level", $"{weights[i].Level}的比重出现两次。", $"{weights[i].Level} is weighted twice.");
            }
        }
    }

    /// <summary>Gets the group, e.g. 相关知识要求.</summary>
    public LocalizedText Group { get; }

    /// <summary>Gets the item, e.g. 就业创业服务.</summary>
    public LocalizedText Item { get; }

    /// <summary>Gets the part of the standard the row weighs.</summary>
    public WeightTarget Target { get; }

    /// <summary>Gets the weight for each level.</summary>
    public ImmutableArray<LevelWeight> Weights { get; }

    /// <summary>Gets the row's weight for a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The weight in per cent, or <see langword="null"/> when the row has none for the level.</returns>
    public int? PercentFor(SkillLevel level) => Sequence.ForLevel(Weights, level)?.Percent;

    /// <inheritdoc />
    public bool Equals(WeightRow? other)
        => other is not null && Group.Equals(other.Group) && Item.Equals(other.Item) && Target.Equals(other.Target) && Sequence.Equal(Weights, other.Weights);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeightRow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Group, Item, Target, Sequence.Hash(Weights));

    /// <summary>Returns the group, item and weights.</summary>
    /// <returns>For example "相关知识要求 就业创业服务: 四级 15%, 三级 20%".</returns>
    public override string ToString() => $"{Group.Chinese} {Item.Chinese}: {string.Join(", ", Weights)}";
}
