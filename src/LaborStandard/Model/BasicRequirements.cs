using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// 基本要求 — chapter 2, the requirements common to every level: 2.1 职业道德和职业素养 (ethics and professionalism)
/// and 2.2 基础知识 (basic knowledge), including the laws and regulations of 2.2.9.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class BasicRequirements : IEquatable<BasicRequirements>
{
    /// <summary>Creates the basic requirements.</summary>
    /// <param name="sections">The sections in printed order; each code appears once.</param>
    /// <exception cref="ModelRuleException">A value is missing or a section's code is repeated.</exception>
    public BasicRequirements(ImmutableArray<BasicRequirementSection> sections)
    {
        Sections = Invariant.Items(sections, "sections");
        for (var i = 0; i < sections.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(
                    !string.Equals(sections[j].Code, sections[i].Code, StringComparison.Ordinal),
                    StandardRules.CodeUnique,
                    Invariant.Indexed("sections", i) + ".code",
                    $"{Invariant.QuoteZh(sections[i].Code)}出现两次。",
                    $"'{sections[i].Code}' appears twice.");
            }
        }

        var laws = ImmutableArray.CreateBuilder<LocalizedText>();
        foreach (var item in sections.SelectMany(s => s.Topics).SelectMany(t => t.Items))
        {
            if (item.CitedLaw is { } law)
            {
                laws.Add(law);
            }
        }

        Laws = laws.ToImmutable();
    }

    /// <summary>Gets the sections in printed order.</summary>
    public ImmutableArray<BasicRequirementSection> Sections { get; }

    /// <summary>Gets the titles of the laws and regulations the basic requirements cite (2.2.9), in printed order.</summary>
    public ImmutableArray<LocalizedText> Laws { get; }

    /// <summary>Finds a section by code, e.g. <c>2.1</c>.</summary>
    /// <param name="code">The section's code.</param>
    /// <returns>The section, or <see langword="null"/>.</returns>
    public BasicRequirementSection? FindSection(string code)
    {
        foreach (var section in Sections)
        {
            if (string.Equals(section.Code, code, StringComparison.Ordinal))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>Finds a topic by code, e.g. <c>2.2.9</c>.</summary>
    /// <param name="code">The topic's code.</param>
    /// <returns>The topic, or <see langword="null"/>.</returns>
    public BasicRequirementTopic? FindTopic(string code)
    {
        foreach (var topic in Sections.SelectMany(s => s.Topics))
        {
            if (string.Equals(topic.Code, code, StringComparison.Ordinal))
            {
                return topic;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(BasicRequirements? other) => other is not null && Sequence.Equal(Sections, other.Sections);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BasicRequirements);

    /// <inheritdoc />
    public override int GetHashCode() => Sequence.Hash(Sections);

    /// <summary>Returns the section codes.</summary>
    /// <returns>For example "2.1, 2.2".</returns>
    public override string ToString() => string.Join(", ", Sections.Select(s => s.Code));
}
