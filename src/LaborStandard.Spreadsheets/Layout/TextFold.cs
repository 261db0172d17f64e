namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// How cells and headers are compared: surrounding white space (including the ideographic space U+3000 and the
/// no-break space) is ignored, full-width forms (Ａ, １, （) read as their half-width letters, digits and signs, and
/// letters ignore case.
/// </summary>
internal static class TextFold
{
    /// <summary>Whether a character is white space for a cell: any Unicode white space, including U+3000 and U+00A0.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is white space.</returns>
    public static bool IsSpace(char c) => c == ' ' || (c > ' ' ? c >= '\u0085' && char.IsWhiteSpace(c) : c is '\t' or '\n' or '\v' or '\f' or '\r');

    /// <summary>Whether a text is empty or white space.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is blank.</returns>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text without surrounding white space.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The trimmed text.</returns>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>The half-width form of a character, in lower case when it is an ASCII letter.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            c = ' ';
        }

        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    /// <summary>
    /// Folds a text into <paramref name="destination"/>: trimmed, each character folded, and with <paramref name="dropSpaces"/>
    /// every inner white space (and, for headers, the marks <c>*</c> and <c>:</c>) removed.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">At least as long as the text.</param>
    /// <param name="dropSpaces">Whether to drop inner spaces (headers) or keep them (values such as <c>level 4</c>).</param>
    /// <returns>The length written.</returns>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> destination, bool dropSpaces)
    {
        var length = 0;
        foreach (var raw in Trim(text))
        {
            var c = Fold(raw);
            if (IsSpace(c))
            {
                if (dropSpaces || (length > 0 && destination[length - 1] == ' '))
                {
                    continue;
                }

                c = ' ';
            }
            else if (dropSpaces && c is '*' or ':')
            {
                continue;
            }

            destination[length++] = c;
        }

        return length;
    }

    /// <summary>The folded form of a text, as a string (for tables built once).</summary>
    /// <param name="text">The text.</param>
    /// <param name="dropSpaces">Whether to drop inner spaces.</param>
    /// <returns>The folded text.</returns>
    public static string Folded(ReadOnlySpan<char> text, bool dropSpaces)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..FoldInto(text, buffer, dropSpaces)]);
    }
}
