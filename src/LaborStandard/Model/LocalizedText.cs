using System.Globalization;

namespace LaborStandard.Model;

/// <summary>
/// A text of the standard in Chinese (zh-CN, the verbatim printed text) and English (a translation).
/// </summary>
/// <remarks>
/// The Chinese text is the authority: it is transcribed from the source with the PDF line breaks joined and
/// nothing reworded. Immutable and thread-safe; equality is by value (ordinal comparison of both texts).
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Creates a text.</summary>
    /// <param name="chinese">The Chinese (zh-CN) text as printed.</param>
    /// <param name="english">The English translation.</param>
    /// <exception cref="ModelRuleException">Either text is null, empty or blank (<see cref="StandardRules.TextRequired"/>).</exception>
    public LocalizedText(string chinese, string english)
    {
        Chinese = Invariant.Text(chinese, "zh");
        English = Invariant.Text(english, "en");
    }

    /// <summary>Gets the Chinese (zh-CN) text, verbatim from the standard.</summary>
    public string Chinese { get; }

    /// <summary>Gets the English translation.</summary>
    public string English { get; }

    /// <summary>
    /// Gets the text for a culture: English for any neutral or specific English culture (<c>en</c>, <c>en-GB</c> …),
    /// Chinese for every other culture and when <paramref name="culture"/> is <see langword="null"/>.
    /// </summary>
    /// <param name="culture">The culture asked for; <see langword="null"/> means the default, zh-CN.</param>
    /// <returns>The text in that culture's language.</returns>
    public string Get(CultureInfo? culture = null) => IsEnglish(culture) ? English : Chinese;

    /// <summary>Whether a culture asks for English text.</summary>
    /// <param name="culture">The culture; <see langword="null"/> asks for the default, Chinese.</param>
    /// <returns><see langword="true"/> for <c>en</c> and its specific cultures.</returns>
    public static bool IsEnglish(CultureInfo? culture)
        => culture is not null && string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal);

    /// <summary>Whether either text contains <paramref name="value"/> (ordinal for Chinese, ignoring case for English).</summary>
    /// <param name="value">The words searched for.</param>
    /// <returns><see langword="true"/> when either text contains them.</returns>
    public bool Contains(string value)
        => Chinese.Contains(value, StringComparison.Ordinal) || English.Contains(value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Equals(LocalizedText? other)
        => other is not null
           && string.Equals(Chinese, other.Chinese, StringComparison.Ordinal)
           && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Chinese), StringComparer.Ordinal.GetHashCode(English));

    /// <summary>Returns the Chinese text.</summary>
    /// <returns>The Chinese text.</returns>
    public override string ToString() => Chinese;
}
