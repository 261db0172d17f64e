using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// 勘误 — a misprint of the source, kept as printed, with the corrected reading and the reason beside it.
/// </summary>
/// <remarks>
/// The library never silently fixes the source: the printed value stays where it was printed and code that
/// needs the corrected reading asks for it. Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed class Correction : IEquatable<Correction>
{
    private static readonly LocalizedText ChangesNothing = new("与原文所印相同；更正必须有所改动。", "is the same as the printed value; a correction must change something.");

    /// <summary>Creates a correction.</summary>
    /// <param name="target">Whether a code or a text is corrected.</param>
    /// <param name="printed">The value as printed in the source.</param>
    /// <param name="corrected">The corrected value.</param>
    /// <param name="note">Why the printed value is taken to be a misprint.</param>
    /// <exception cref="ModelRuleException">A value is missing, or the corrected value equals the printed one.</exception>
    public Correction(CorrectionTarget target, string printed, string corrected, LocalizedText note)
    {
        Invariant.Enum(target, "target");
        Target = target;
        Printed = Invariant.Text(printed, "printed");
        Corrected = Invariant.Text(corrected, "corrected");
        Note = Invariant.NotNull(note, "note");
        Invariant.Require(!string.Equals(printed, corrected, StringComparison.Ordinal), StandardRules.Correction, "corrected", ChangesNothing);
    }

    /// <summary>Gets what is corrected.</summary>
    public CorrectionTarget Target { get; }

    /// <summary>Gets the value as printed in the source.</summary>
    public string Printed { get; }

    /// <summary>Gets the corrected value.</summary>
    public string Corrected { get; }

    /// <summary>Gets why the printed value is taken to be a misprint.</summary>
    public LocalizedText Note { get; }

    /// <inheritdoc />
    public bool Equals(Correction? other)
        => other is not null
           && Target == other.Target
           && string.Equals(Printed, other.Printed, StringComparison.Ordinal)
           && string.Equals(Corrected, other.Corrected, StringComparison.Ordinal)
           && Note.Equals(other.Note);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Correction);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, Printed, Corrected, Note);

    /// <summary>Returns "printed → corrected".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Printed} → {Corrected}";

    /// <summary>Finds the correction of a target among <paramref name="corrections"/>.</summary>
    internal static Correction? Of(ImmutableArray<Correction> corrections, CorrectionTarget target)
    {
        foreach (var correction in corrections)
        {
            if (correction.Target == target)
            {
                return correction;
            }
        }

        return null;
    }

    /// <summary>Checks that each target is corrected at most once and that each correction starts from <paramref name="printed"/>.</summary>
    internal static ImmutableArray<Correction> Check(ImmutableArray<Correction> corrections, string member, Func<CorrectionTarget, string?> printed)
    {
        Invariant.Items(corrections, member);
        for (var i = 0; i < corrections.Length; i++)
        {
            var c = corrections[i];
            var expected = printed(c.Target);
            var at = Invariant.Indexed(member, i);
            Invariant.Require(expected is not null, StandardRules.Correction, at + ".target", $"此处没有可更正的{ModelTexts.Chinese(c.Target)}。", $"this element has no {c.Target} to correct.");
            Invariant.Require(
                string.Equals(c.Printed, expected, StringComparison.Ordinal),
                StandardRules.Correction,
                at + ".printed",
                $"为{Invariant.QuoteZh(c.Printed)}，但原文所印为{Invariant.QuoteZh(expected)}。",
                $"is {Invariant.Quote(c.Printed)} but the element prints {Invariant.Quote(expected)}.");
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(corrections[j].Target != c.Target, StandardRules.Correction, at + ".target", $"{ModelTexts.Chinese(c.Target)}更正了两次。", $"{c.Target} is corrected twice.");
            }
        }

        return corrections;
    }
}
