namespace LaborStandard.Model;

/// <summary>
/// 脚注 — a footnote of the source, attached to the item whose text cites it (e.g. ① 就业通用能力 on 四级 2.2.6).
/// </summary>
/// <remarks>
/// The marker is not part of the item's text; the item carries the footnote and the word the marker follows.
/// Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed class Footnote : IEquatable<Footnote>
{
    /// <summary>Creates a footnote.</summary>
    /// <param name="marker">The printed marker, e.g. ①.</param>
    /// <param name="anchor">The words the marker follows in the item's text, e.g. 就业通用能力.</param>
    /// <param name="text">The footnote's text.</param>
    /// <exception cref="ModelRuleException">A value is missing.</exception>
    public Footnote(string marker, string anchor, LocalizedText text)
    {
        Marker = Invariant.Text(marker, "marker");
        Anchor = Invariant.Text(anchor, "anchor");
        Text = Invariant.NotNull(text, "text");
    }

    /// <summary>Gets the printed marker, e.g. ①.</summary>
    public string Marker { get; }

    /// <summary>Gets the words of the item's Chinese text that the marker follows.</summary>
    public string Anchor { get; }

    /// <summary>Gets the footnote's text.</summary>
    public LocalizedText Text { get; }

    /// <inheritdoc />
    public bool Equals(Footnote? other)
        => other is not null
           && string.Equals(Marker, other.Marker, StringComparison.Ordinal)
           && string.Equals(Anchor, other.Anchor, StringComparison.Ordinal)
           && Text.Equals(other.Text);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Footnote);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Marker, Anchor, Text);

    /// <summary>Returns the marker and the text.</summary>
    /// <returns>For example "① 就业通用能力：…".</returns>
    public override string ToString() => $"{Marker} {Text.Chinese}";
}
