using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A text other than a requirement's changed (a heading, the overview of chapter 1, a paragraph of 1.9, a basic
/// requirement of chapter 2, a table heading or label), or a heading, section, topic or item was added or removed.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class TextChange : StandardChange
{
    // The standard's own name for the part (the heading of its clause), when the comparer took it from the data.
    private readonly LocalizedText? _partName;

    internal TextChange(string clause, string part, LocalizedText? before, LocalizedText? after, SkillLevel? level = null, LocalizedText? partName = null)
        : base(ChangeKind.TextChanged, clause, level)
    {
        Part = part;
        _partName = partName;
        Before = before;
        After = after;
    }

    /// <summary>Gets which text of the clause changed, e.g. <c>definition</c>, <c>heading</c>, <c>item 3</c>.</summary>
    public string Part { get; }

    /// <summary>Gets the old text, or <see langword="null"/> when the text was added.</summary>
    public LocalizedText? Before { get; }

    /// <summary>Gets the new text, or <see langword="null"/> when the text was removed.</summary>
    public LocalizedText? After { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is TextChange o && SameHead(o) && string.Equals(Part, o.Part, StringComparison.Ordinal) && Equals(Before, o.Before) && Equals(After, o.After);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Part, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var part = _partName ?? ChangeWords.Part(Part);
            var show = ChangeWords.Show(Before, After);
            return Say($"{part.Chinese}：{show.Chinese}", $"{part.English}: {show.English}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{LevelPrefix}{Clause} {Part}: {Show(Before, After)}";
}
