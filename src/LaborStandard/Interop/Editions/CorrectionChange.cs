using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>The recorded misprints of the edition's title, the occupation's name or a level's title changed.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class CorrectionChange : StandardChange
{
    internal CorrectionChange(string clause, string part, ImmutableArray<Correction> before, ImmutableArray<Correction> after, SkillLevel? level = null)
        : base(ChangeKind.CorrectionsChanged, clause, level)
    {
        Part = part;
        Before = before;
        After = after;
    }

    /// <summary>Gets whose corrections changed, e.g. <c>title</c> or <c>name</c>.</summary>
    public string Part { get; }

    /// <summary>Gets the old corrections.</summary>
    public ImmutableArray<Correction> Before { get; }

    /// <summary>Gets the new corrections.</summary>
    public ImmutableArray<Correction> After { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is CorrectionChange o && SameHead(o) && string.Equals(Part, o.Part, StringComparison.Ordinal) && Sequence.Equal(Before, o.Before) && Sequence.Equal(After, o.After);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Part, Sequence.Hash(Before), Sequence.Hash(After));

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
