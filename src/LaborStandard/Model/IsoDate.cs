namespace LaborStandard.Model;

/// <summary>
/// Dates as the library writes them everywhere, <c>yyyy-MM-dd</c> (ISO 8601, years 0001 to 9999), written digit by digit
/// rather than through a format string: documents, batch records and explanations write millions of them.
/// </summary>
internal static class IsoDate
{
    /// <summary>The number of characters (and UTF-8 bytes) of a date.</summary>
    public const int Length = 10;

    /// <summary>A date as text.</summary>
    public static string ToString(DateOnly date)
        => string.Create(Length, date, static (chars, d) => Format(d, chars));

    /// <summary>Writes a date into <paramref name="chars"/>, which holds at least <see cref="Length"/> characters.</summary>
    public static void Format(DateOnly date, Span<char> chars)
    {
        date.Deconstruct(out var year, out var month, out var day);
        Digits(chars[..4], year); // years 1 to 9999, zero-padded as "yyyy" pads them
        chars[4] = '-';
        Digits(chars.Slice(5, 2), month);
        chars[7] = '-';
        Digits(chars.Slice(8, 2), day);
    }

    /// <summary>Writes a date as UTF-8 into <paramref name="utf8"/>, which holds at least <see cref="Length"/> bytes.</summary>
    public static void Format(DateOnly date, Span<byte> utf8)
    {
        date.Deconstruct(out var year, out var month, out var day);
        Digits(utf8[..4], year);
        utf8[4] = (byte)'-';
        Digits(utf8.Slice(5, 2), month);
        utf8[7] = (byte)'-';
        Digits(utf8.Slice(8, 2), day);
    }

    private static void Digits(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void Digits(Span<byte> utf8, int value)
    {
        for (var i = utf8.Length - 1; i >= 0; i--)
        {
            utf8[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
