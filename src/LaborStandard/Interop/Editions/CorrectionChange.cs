using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>The recorded misprints of the edition's title, the occupation's name or a level's title changed.</summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the part's corrections in each edition. Immutable and thread-safe; equality is by value.</remarks>
public sealed class CorrectionChange : PartChange<ImmutableArray<Correction>>
{
    internal CorrectionChange(string clause, string part, ImmutableArray<Correction> before, ImmutableArray<Correction> after, SkillLevel? level = null)
        : base(ChangeKind.CorrectionsChanged, clause, part, level, before, after, partName: null)
    {
    }

    /// <summary>Two lists of corrections are equal when they hold equal corrections in the same order.</summary>
    private protected override bool ValuesEqual(ImmutableArray<Correction> x, ImmutableArray<Correction> y) => Sequence.Equal(x, y);

    /// <inheritdoc />
    private protected override int ValueHash(ImmutableArray<Correction> value) => Sequence.Hash(value);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var part = PartName;
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
