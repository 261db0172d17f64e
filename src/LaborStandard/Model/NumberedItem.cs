namespace LaborStandard.Model;

/// <summary>
/// A numbered item of a list in the standard, printed （1）, （2） …: an application condition of 1.9.1 or an item
/// of a basic-requirement topic of 2.1 and 2.2.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class NumberedItem : IEquatable<NumberedItem>
{
    /// <summary>Creates an item.</summary>
    /// <param name="number">The printed number, 1 for （1）.</param>
    /// <param name="text">The item's text, without its number.</param>
    /// <param name="citedLaw">The title of the law or regulation the item cites, where it cites one (2.2.9).</param>
    /// <exception cref="ModelRuleException">The number is not positive or the text is missing.</exception>
    public NumberedItem(int number, LocalizedText text, LocalizedText? citedLaw = null)
    {
        Number = Invariant.Positive(number, "number");
        Text = Invariant.NotNull(text, "text");
        CitedLaw = citedLaw;
    }

    /// <summary>Gets the printed number: 1 for （1）.</summary>
    public int Number { get; }

    /// <summary>Gets the text, without the number.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the title of the law or regulation the item cites (e.g. 中华人民共和国劳动法), or <see langword="null"/>.</summary>
    public LocalizedText? CitedLaw { get; }

    /// <inheritdoc />
    public bool Equals(NumberedItem? other)
        => other is not null && Number == other.Number && Text.Equals(other.Text) && Equals(CitedLaw, other.CitedLaw);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NumberedItem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Text, CitedLaw);

    /// <summary>Returns the item as printed, e.g. （2）在本职业连续工作两年以上。</summary>
    /// <returns>The number in full-width brackets followed by the Chinese text.</returns>
    public override string ToString() => $"（{Number}）{Text.Chinese}";
}
