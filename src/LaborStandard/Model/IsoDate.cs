using System.Numerics;

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
    public static void Format(DateOnly date, Span<char> chars) => Write(date, chars);

    /// <summary>Writes a date as UTF-8 into <paramref name="utf8"/>, which holds at least <see cref="Length"/> bytes.</summary>
    public static void Format(DateOnly date, Span<byte> utf8) => Write(date, utf8);

    // Characters and UTF-8 bytes alike: a date is ASCII.
    private static void Write<T>(DateOnly date, Span<T> text)
        where T : IBinaryInteger<T>
    {
        date.Deconstruct(out var year, out var month, out var day);
        Digits(text[..4], year); // years 1 to 9999, zero-padded as "yyyy" pads them
        text[4] = T.CreateTruncating('-');
        Digits(text.Slice(5, 2), month);
        text[7] = T.CreateTruncating('-');
        Digits(text.Slice(8, 2), day);
    }

    private static void Digits<T>(Span<T> text, int value)
        where T : IBinaryInteger<T>
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = T.CreateTruncating('0' + (value % 10));
            value /= 10;
        }
    }
}
