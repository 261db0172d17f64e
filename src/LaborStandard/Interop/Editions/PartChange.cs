using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A change of one part of a clause, named by <see cref="Part"/>: its text (<see cref="TextChange"/>), its layout
/// (<see cref="LayoutChange"/>) or its recorded misprints (<see cref="CorrectionChange"/>). Two such changes are equal
/// when they are of the same kind, clause, level and part, between equal values.
/// </summary>
/// <typeparam name="T">The value: a text, a layout, the corrections of the part.</typeparam>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public abstract class PartChange<T> : ValueChange<T>
{
    // The standard's own name for the part (a heading, a weight table's title), when the comparer took it from the data.
    private readonly LocalizedText? _partName;

    private protected PartChange(ChangeKind kind, string clause, string part, SkillLevel? level, T before, T after, LocalizedText? partName)
        : base(kind, clause, level, before, after)
    {
        Part = part;
        _partName = partName;
    }

    /// <summary>Gets which part of the clause changed, as a stable key for programs, e.g. <c>definition</c>, <c>heading</c>, <c>item 3</c>, <c>clause</c>, <c>order of functions</c>, <c>title</c>.</summary>
    public string Part { get; }

    /// <summary>The part in words: the standard's own name when the comparer had it, else the words for the key.</summary>
    private protected LocalizedText PartName => _partName ?? ChangeWords.Part(Part);

    /// <inheritdoc />
    public sealed override bool Equals(StandardChange? other)
        => other is PartChange<T> o && SameValues(o) && string.Equals(Part, o.Part, StringComparison.Ordinal);

    /// <inheritdoc />
    public sealed override int GetHashCode() => HashCode.Combine(Kind, Clause, Part, ValueHash(Before), ValueHash(After));
}
