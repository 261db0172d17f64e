using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// A section of the basic requirements (基本要求, chapter 2): 2.1 职业道德和职业素养 or 2.2 基础知识, with its topics.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class BasicRequirementSection : IEquatable<BasicRequirementSection>
{
    /// <summary>Creates a section.</summary>
    /// <param name="code">The section's code, two parts, e.g. <c>2.1</c>.</param>
    /// <param name="title">The section's title, as printed.</param>
    /// <param name="topics">The topics, in printed order; each code sits under the section's and appears once.</param>
    /// <exception cref="ModelRuleException">A value is missing or malformed, or a topic's code is out of place or repeated.</exception>
    public BasicRequirementSection(string code, LocalizedText title, ImmutableArray<BasicRequirementTopic> topics)
    {
        Code = Invariant.Code(code, 2, "code");
        Title = Invariant.NotNull(title, "title");
        Topics = Invariant.Items(topics, "topics");
        for (var i = 0; i < topics.Length; i++)
        {
            var member = Invariant.Indexed("topics", i) + ".code";
            Invariant.Require(Codes.IsDirectlyUnder(topics[i].Code, code), StandardRules.CodeUnderParent, member, $"{Invariant.QuoteZh(topics[i].Code)}不在第 {code} 节之下。", $"'{topics[i].Code}' does not sit under section {code}.");
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(!string.Equals(topics[j].Code, topics[i].Code, StringComparison.Ordinal), StandardRules.CodeUnique, member, $"{Invariant.QuoteZh(topics[i].Code)}出现两次。", $"'{topics[i].Code}' appears twice.");
            }
        }
    }

    /// <summary>Gets the section's code, e.g. <c>2.1</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the section's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the topics in printed order.</summary>
    public ImmutableArray<BasicRequirementTopic> Topics { get; }

    /// <inheritdoc />
    public bool Equals(BasicRequirementSection? other)
        => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && Title.Equals(other.Title) && Sequence.Equal(Topics, other.Topics);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BasicRequirementSection);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Title, Sequence.Hash(Topics));

    /// <summary>Returns the code and Chinese title.</summary>
    /// <returns>For example "2.1 职业道德和职业素养".</returns>
    public override string ToString() => $"{Code} {Title.Chinese}";
}
