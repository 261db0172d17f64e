using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// One item of the standard in a paper's blueprint and the questions or tasks it receives: a related-knowledge
/// requirement (相关知识要求) or skill requirement (技能要求) of chapter 3, or a numbered item of the basic requirements
/// (chapter 2).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class BlueprintItem : IEquatable<BlueprintItem>
{
    internal BlueprintItem(string clause, SkillLevel? level, LocalizedText text, int count)
    {
        Clause = clause;
        Level = level;
        Text = text;
        Count = count;
    }

    /// <summary>Gets the citation of the item: <c>3.2 / 2.4.2</c> for a requirement, <c>2.2.9（3）</c> for a basic-requirement item.</summary>
    public string Clause { get; }

    /// <summary>Gets the level whose table lists the item, or <see langword="null"/> for the basic requirements, which every level shares.</summary>
    public SkillLevel? Level { get; }

    /// <summary>Gets the item's text as printed.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the questions (theory) or tasks (skill) the item receives.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public bool Equals(BlueprintItem? other)
        => other is not null
           && string.Equals(Clause, other.Clause, StringComparison.Ordinal)
           && Level == other.Level
           && Text.Equals(other.Text)
           && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BlueprintItem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Clause, Level, Count);

    /// <summary>Returns the count, citation and text.</summary>
    /// <returns>For example "2 × 3.1 / 2.4.1 创业服务政策 …".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} × {Clause} {Text.Chinese}");
}
