using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// A node of a level's application conditions as data: a typed predicate with the clause and item it rests on and its
/// text in Chinese and English. Nodes contain no code or expressions; the engine interprets them.
/// </summary>
/// <remarks>
/// The set of predicates is closed (<see cref="ConditionKind"/>). Immutable and thread-safe; equality is by value.
/// </remarks>
public abstract class Condition : IEquatable<Condition>
{
    private protected Condition(string clause, string item, LocalizedText text)
    {
        Clause = Invariant.Clause(clause, "clause");
        Item = Invariant.Text(item, "item");
        Text = Invariant.NotNull(text, "text");
        TextWithin(Item.Length, "item");
        TextWithin(Math.Max(Text.Chinese.Length, Text.English.Length), "text");
    }

    /// <summary>Gets how deep the tree below this condition nests, this condition counting 1.</summary>
    internal virtual int Depth => 1;

    /// <summary>Gets how many conditions the tree below this condition holds, this one included.</summary>
    internal virtual int Size => 1;

    private static void TextWithin(int length, string member)
    {
        if (length > RuleLimits.MaxTextLength)
        {
            throw Invariant.Violation(StandardRules.RuleRange, member, new LocalizedText(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"长 {length} 个字符，超出上限 {RuleLimits.MaxTextLength}。"),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is {length} characters long, above the bound of {RuleLimits.MaxTextLength}.")));
        }
    }

    /// <summary>Gets the kind of predicate.</summary>
    public abstract ConditionKind Kind { get; }

    /// <summary>Gets the clause the condition rests on, e.g. <c>1.9.1</c>.</summary>
    public string Clause { get; }

    /// <summary>Gets the item of the clause, e.g. <c>三级（2）</c>.</summary>
    public string Item { get; }

    /// <summary>Gets the clause and item together, e.g. <c>1.9.1 三级（2）</c>.</summary>
    public string Citation => $"{Clause} {Item}";

    /// <summary>Gets the condition's text in Chinese and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the conditions this one combines; empty for a predicate.</summary>
    public virtual ImmutableArray<Condition> Conditions => [];

    /// <inheritdoc />
    public bool Equals(Condition? other)
        => other is not null
           && other.GetType() == GetType()
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && string.Equals(Item, other.Item, StringComparison.Ordinal)
           && Text.Equals(other.Text)
           && Sequence.Equal(Conditions, other.Conditions)
           && EqualParameters(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Condition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Item, Text, Sequence.Hash(Conditions));

    /// <summary>Returns the citation, kind and Chinese text.</summary>
    /// <returns>For example "1.9.1 四级（2） ContinuousService: 在本职业连续工作两年以上。".</returns>
    public override string ToString() => $"{Citation} {Kind}: {Text.Chinese}";

    /// <summary>Whether the parameters particular to the predicate equal those of <paramref name="other"/>, of the same type.</summary>
    private protected abstract bool EqualParameters(Condition other);
}
