using System.Globalization;

namespace LaborStandard.Model;

/// <summary>
/// 百分制 — the scoring rule of clause 1.9.2: both parts are marked out of <see cref="FullMarks"/> and a part passes
/// at <see cref="PassMark"/> or more (成绩皆达 60 分（含）以上者为合格: the pass mark itself passes).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class ScoringRule : IEquatable<ScoringRule>
{
    /// <summary>Creates a scoring rule.</summary>
    /// <param name="fullMarks">The full marks of each part (100).</param>
    /// <param name="passMark">The lowest passing score, inclusive (60); between 0 and <paramref name="fullMarks"/>.</param>
    /// <param name="text">The sentence of the standard, as printed.</param>
    /// <exception cref="ModelRuleException">A value is missing or out of range.</exception>
    public ScoringRule(int fullMarks, int passMark, LocalizedText text)
    {
        FullMarks = Invariant.Positive(fullMarks, "fullMarks");
        Invariant.Require(passMark >= 0 && passMark <= fullMarks, StandardRules.Range, "passMark", $"应在 0 至满分 {fullMarks} 之间，实为 {passMark}。", $"must lie between 0 and the full marks {fullMarks}, was {passMark}.");
        PassMark = passMark;
        Text = Invariant.NotNull(text, "text");
    }

    /// <summary>Gets the full marks of each part: 100 (百分制).</summary>
    public int FullMarks { get; }

    /// <summary>Gets the lowest passing score, inclusive: 60 (60 分（含）以上).</summary>
    public int PassMark { get; }

    /// <summary>Gets the sentence of the standard, as printed.</summary>
    public LocalizedText Text { get; }

    /// <inheritdoc />
    public bool Equals(ScoringRule? other)
        => other is not null && FullMarks == other.FullMarks && PassMark == other.PassMark && Text.Equals(other.Text);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FullMarks, PassMark, Text);

    /// <summary>Returns the pass mark and full marks.</summary>
    /// <returns>For example "60/100".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PassMark}/{FullMarks}");
}
