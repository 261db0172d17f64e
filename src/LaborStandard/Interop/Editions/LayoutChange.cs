using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// The layout of the standard changed without a text or figure changing: a table's clause number (3.1, 4.1), or the
/// order in which parts with the same codes are listed.
/// </summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the layouts: a clause number, or the codes in their order. Immutable and thread-safe; equality is by value.</remarks>
public sealed class LayoutChange : ValueChange<string>
{
    // The standard's own name for the part (a weight table's title), when the comparer took it from the data.
    private readonly LocalizedText? _partName;

    internal LayoutChange(string clause, string part, string before, string after, Model.SkillLevel? level = null, LocalizedText? partName = null)
        : base(ChangeKind.LayoutChanged, clause, level, before, after)
    {
        Part = part;
        _partName = partName;
    }

    /// <summary>Gets what was laid out anew, e.g. <c>clause</c> or <c>order of functions</c>.</summary>
    public string Part { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is LayoutChange o && SameValues(o) && string.Equals(Part, o.Part, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Part, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var part = _partName ?? ChangeWords.Part(Part);
            return Say($"{part.Chinese}：{Before} → {After}", $"{part.English}: {Before} → {After}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{LevelPrefix}{Clause} {Part}: {Before} → {After}";
}
