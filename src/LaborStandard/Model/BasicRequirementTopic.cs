using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>A numbered topic of the basic requirements, e.g. 2.2.9 相关法律、法规知识, with its items （1）, （2） ….</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class BasicRequirementTopic : IEquatable<BasicRequirementTopic>
{
    /// <summary>Creates a topic.</summary>
    /// <param name="code">The topic's code, three parts, e.g. <c>2.2.9</c>.</param>
    /// <param name="title">The topic's title, as printed.</param>
    /// <param name="items">The numbered items, （1） first.</param>
    /// <exception cref="ModelRuleException">A value is missing or malformed, or the items are not numbered 1, 2, 3 ….</exception>
    public BasicRequirementTopic(string code, LocalizedText title, ImmutableArray<NumberedItem> items)
    {
        Code = Invariant.Code(code, 3, "code");
        Title = Invariant.NotNull(title, "title");
        Items = Invariant.Numbered(items, "items");
    }

    /// <summary>Gets the topic's code, e.g. <c>2.2.9</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the topic's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the numbered items.</summary>
    public ImmutableArray<NumberedItem> Items { get; }

    /// <inheritdoc />
    public bool Equals(BasicRequirementTopic? other)
        => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && Title.Equals(other.Title) && Sequence.Equal(Items, other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BasicRequirementTopic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Title, Sequence.Hash(Items));

    /// <summary>Returns the code and Chinese title.</summary>
    /// <returns>For example "2.2.9 相关法律、法规知识".</returns>
    public override string ToString() => $"{Code} {Title.Chinese}";
}
