using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// A part of a weight row in a paper's blueprint: a work content (工作内容) of one level for a function's row, or a topic
/// of the basic requirements for a 基本要求 row, with the items that receive its questions or tasks.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BlueprintPart
{
    internal BlueprintPart(string clause, SkillLevel? level, LocalizedText title, ImmutableArray<BlueprintItem> items)
    {
        Clause = clause;
        Level = level;
        Title = title;
        Items = items;
    }

    /// <summary>Gets the citation: <c>3.1 / 2.4</c> for a work content of 四级, <c>2.2.9</c> for a basic-requirement topic.</summary>
    public string Clause { get; }

    /// <summary>Gets the level whose table lists the work content, or <see langword="null"/> for a basic-requirement topic.</summary>
    public SkillLevel? Level { get; }

    /// <summary>Gets the name of the work content or topic as printed.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the items, in printed order, each with its count.</summary>
    public ImmutableArray<BlueprintItem> Items { get; }

    /// <summary>Gets the questions or tasks of the part: the sum over its items.</summary>
    public int Count => Items.Sum(i => i.Count);

    /// <summary>Returns the count, citation and title.</summary>
    /// <returns>For example "5 × 3.1 / 2.2 职业指导".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} × {Clause} {Title.Chinese}");
}
