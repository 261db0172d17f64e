using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// A numbered skill requirement (技能要求) or related-knowledge requirement (相关知识要求) of a work content, e.g.
/// 三级 2.4.2 能够协助创业担保贷款担保机构、经办金融机构催收到期贷款 (clause 3.2).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PrintedCode"/> is the code as printed; <see cref="Code"/> is the code that places the item, the corrected
/// one when the source misprinted it (四级 knowledge items printed 3.2.2 inside 3.1 and 3.3.2 inside 3.2). Look-ups
/// accept either.
/// </para>
/// <para>Immutable and thread-safe; equality is by value.</para>
/// </remarks>
public sealed class Requirement : IEquatable<Requirement>
{
    /// <summary>Creates a requirement.</summary>
    /// <param name="kind">Skill or related knowledge.</param>
    /// <param name="level">The level whose table lists the item.</param>
    /// <param name="section">The clause of that level's table, e.g. <c>3.2</c>.</param>
    /// <param name="printedCode">The code as printed, three parts.</param>
    /// <param name="text">The text as printed.</param>
    /// <param name="corrections">Misprints of the code or text, kept beside them.</param>
    /// <param name="footnote">The footnote the text cites, if any.</param>
    /// <exception cref="ModelRuleException">A value is missing or malformed, or a correction does not match what was printed.</exception>
    public Requirement(
        RequirementKind kind,
        SkillLevel level,
        string section,
        string printedCode,
        LocalizedText text,
        ImmutableArray<Correction> corrections = default,
        Footnote? footnote = null)
    {
        Invariant.Enum(kind, "kind");
        Kind = kind;
        Level = Invariant.Level(level, "level");
        Section = Invariant.Code(section, 2, "section");
        PrintedCode = Invariant.Code(printedCode, 3, "code");
        Text = Invariant.NotNull(text, "text");
        Corrections = Correction.Check(
            corrections.IsDefault ? [] : corrections,
            "corrections",
            t => t switch
            {
                CorrectionTarget.Code => printedCode,
                CorrectionTarget.Text => text.Chinese,
                _ => null,
            });
        Code = Correction.Of(Corrections, CorrectionTarget.Code)?.Corrected ?? printedCode;
        Invariant.Code(Code, 3, "corrections");
        Footnote = footnote;
        if (footnote is not null)
        {
            Invariant.Require(text.Chinese.Contains(footnote.Anchor, StringComparison.Ordinal), StandardRules.TextRequired, "footnote.anchor", $"{Invariant.QuoteZh(footnote.Anchor)}未出现在条目文字中。", $"{Invariant.Quote(footnote.Anchor)} does not occur in the item's text.");
        }
    }

    /// <summary>Gets whether this is a skill or a related-knowledge requirement.</summary>
    public RequirementKind Kind { get; }

    /// <summary>Gets the level whose table lists the item.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the clause of the level's table, e.g. <c>3.2</c> for 三级.</summary>
    public string Section { get; }

    /// <summary>Gets the code that places the item: the corrected code where the source misprinted it, else the printed code.</summary>
    public string Code { get; }

    /// <summary>Gets the code as printed in the source.</summary>
    public string PrintedCode { get; }

    /// <summary>Gets whether the printed code is a misprint (<see cref="Code"/> differs from <see cref="PrintedCode"/>).</summary>
    public bool IsCodeCorrected => !string.Equals(Code, PrintedCode, StringComparison.Ordinal);

    /// <summary>Gets the code of the work content the item belongs to, e.g. <c>2.4</c>.</summary>
    public string WorkContentCode => Codes.Parent(Code);

    /// <summary>Gets the code of the occupational function the item belongs to, e.g. <c>2</c>.</summary>
    public string FunctionCode => Codes.Parent(WorkContentCode);

    /// <summary>Gets the citation of the item, e.g. <c>3.2 / 2.4.2</c>.</summary>
    public string Clause => $"{Section} / {Code}";

    /// <summary>Gets the text as printed.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the corrected reading of the Chinese text, or the printed text when nothing is corrected.</summary>
    public string CorrectedText => Correction.Of(Corrections, CorrectionTarget.Text)?.Corrected ?? Text.Chinese;

    /// <summary>Gets the misprints of the code or text, kept beside them.</summary>
    public ImmutableArray<Correction> Corrections { get; }

    /// <summary>Gets the footnote the text cites (① 就业通用能力 on 四级 2.2.6), or <see langword="null"/>.</summary>
    public Footnote? Footnote { get; }

    /// <inheritdoc />
    public bool Equals(Requirement? other)
        => other is not null
           && Kind == other.Kind
           && Level == other.Level
           && string.Equals(Section, other.Section, StringComparison.Ordinal)
           && string.Equals(PrintedCode, other.PrintedCode, StringComparison.Ordinal)
           && Text.Equals(other.Text)
           && Sequence.Equal(Corrections, other.Corrections)
           && Equals(Footnote, other.Footnote);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Requirement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, PrintedCode, Text);

    /// <summary>The requirements of one kind from a table's two lists (a work content's, a level's).</summary>
    internal static ImmutableArray<Requirement> OfKind(RequirementKind kind, ImmutableArray<Requirement> skills, ImmutableArray<Requirement> knowledge) => kind switch
    {
        RequirementKind.Skill => skills,
        RequirementKind.Knowledge => knowledge,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a requirement kind."),
    };

    /// <summary>Returns the level, code and Chinese text.</summary>
    /// <returns>For example "三级 2.4.2 能够协助创业担保贷款担保机构、经办金融机构催收到期贷款".</returns>
    public override string ToString() => $"{Level.ChineseName} {Code} {Text.Chinese}";
}
