using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>A length of service in full years, months and days, with its total in days (both ends inclusive).</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public readonly struct ServiceTime : IEquatable<ServiceTime>
{
    /// <summary>Creates a length of service.</summary>
    /// <param name="years">Full years.</param>
    /// <param name="months">Full months beyond the years.</param>
    /// <param name="days">Days beyond the months.</param>
    /// <param name="totalDays">All days, both ends inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A part is out of range: years or total days negative, or more years than the calendar holds (9,999); months
    /// outside 0–11; days outside 0–30; total days fewer than the years and months imply.
    /// </exception>
    public ServiceTime(int years, int months, int days, int totalDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, 9_999);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, 11);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 30);
        ArgumentOutOfRangeException.ThrowIfNegative(totalDays);

        // A year holds at least 365 days and a month at least 28, so the parts bound the total from below.
        if (totalDays < (365L * years) + (28L * months) + days)
        {
            throw new ArgumentOutOfRangeException(nameof(totalDays), totalDays, "The total is fewer days than the years, months and days hold.");
        }

        Years = years;
        Months = months;
        Days = days;
        TotalDays = totalDays;
    }

    /// <summary>Gets the full years.</summary>
    public int Years { get; }

    /// <summary>Gets the full months beyond the years.</summary>
    public int Months { get; }

    /// <summary>Gets the days beyond the months.</summary>
    public int Days { get; }

    /// <summary>Gets all days, both ends inclusive.</summary>
    public int TotalDays { get; }

    /// <summary>Gets the length in words, e.g. 1 年 3 个月 / "1 year 3 months".</summary>
    public LocalizedText Text => new(Chinese(), English());

    /// <inheritdoc />
    public bool Equals(ServiceTime other) => Years == other.Years && Months == other.Months && Days == other.Days && TotalDays == other.TotalDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Years, Months, Days, TotalDays);

    /// <summary>Returns the length in English.</summary>
    /// <returns>For example "1 year 3 months 2 days".</returns>
    public override string ToString() => English();

    /// <summary>Whether two lengths are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ServiceTime left, ServiceTime right) => left.Equals(right);

    /// <summary>Whether two lengths differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ServiceTime left, ServiceTime right) => !left.Equals(right);

    /// <summary>The most characters <see cref="Format"/> writes: three numbers of up to 11 characters and their units.</summary>
    internal const int MaxTextLength = 64;

    /// <summary>Writes the length in words, e.g. 1 年 3 个月 or "1 year 3 months", into <paramref name="destination"/>.</summary>
    /// <param name="destination">Room for <see cref="MaxTextLength"/> characters.</param>
    /// <param name="english">English words; Chinese when false.</param>
    /// <returns>The characters written.</returns>
    internal int Format(Span<char> destination, bool english)
    {
        var written = 0;
        if (Years > 0)
        {
            written += Part(destination, Years, english ? (Years == 1 ? " year" : " years") : " 年");
        }

        if (Months > 0)
        {
            written += Part(destination[written..], Months, english ? (Months == 1 ? " month" : " months") : " 个月", space: written > 0);
        }

        if (Days > 0 || written == 0)
        {
            written += Part(destination[written..], Days, english ? (Days == 1 ? " day" : " days") : " 天", space: written > 0);
        }

        return written;
    }

    private static int Part(Span<char> destination, int value, string unit, bool space = false)
    {
        var written = 0;
        if (space)
        {
            destination[written++] = ' ';
        }

        value.TryFormat(destination[written..], out var digits, provider: CultureInfo.InvariantCulture);
        written += digits;
        unit.CopyTo(destination[written..]);
        return written + unit.Length;
    }

    private string Chinese()
    {
        Span<char> text = stackalloc char[MaxTextLength];
        return new string(text[..Format(text, english: false)]);
    }

    private string English()
    {
        Span<char> text = stackalloc char[MaxTextLength];
        return new string(text[..Format(text, english: true)]);
    }
}
