using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>The recorded misprints of the edition's title, the occupation's name or a level's title changed.</summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the part's corrections in each edition. Immutable and thread-safe; equality is by value.</remarks>
public sealed class CorrectionChange : ValueChange<ImmutableArray<Correction>>
{
    internal CorrectionChange(string clause, string part, ImmutableArray<Correction> before, ImmutableArray<Correction> after, SkillLevel? level = null)
        : base(ChangeKind.CorrectionsChanged, clause, level, before, after)
    {
        Part = part;
    }

    /// <summary>Gets whose corrections changed, e.g. <c>title</c> or <c>name</c>.</summary>
    public string Part { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is CorrectionChange o && SameValues(o) && string.Equals(Part, o.Part, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Part, Sequence.Hash(Before), Sequence.Hash(After));

    /// <summary>Two lists of corrections are equal when they hold equal corrections in the same order.</summary>
    private protected override bool ValuesEqual(ImmutableArray<Correction> x, ImmutableArray<Correction> y) => Sequence.Equal(x, y);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var part = ChangeWords.Part(Part);
            string List(ImmutableArray<Correction> corrections, string empty) => corrections.IsEmpty ? empty : string.Join("; ", corrections);
            return Say(
                $"{part.Chinese}的更正：[{List(Before, "无")}] → [{List(After, "无")}]",
                $"corrections of the {part.English}: [{List(Before, "none")}] → [{List(After, "none")}]");
        }
    }

    /// <inheritdoc />
    public override string ToString()
        => $"{LevelPrefix}{Clause} corrections of the {Part}: [{string.Join("; ", Before)}] → [{string.Join("; ", After)}]";
}
