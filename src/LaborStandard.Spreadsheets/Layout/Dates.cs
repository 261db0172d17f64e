namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// The dates a candidate table may write: <c>2023-09-01</c>, <c>2023/9/1</c>, <c>2023.9.1</c>, <c>2023年9月1日</c> and
/// <c>20230901</c>, with full-width digits read as digits and an optional time of midnight after a space
/// (<c>2023/9/1 0:00</c>, <c>2023-09-01 00:00:00</c>: what Excel writes for a date-time), and, in a workbook, date
/// cells and day serial numbers.
/// </summary>
internal static class Dates
{
    /// <summary>The first year accepted: an earlier one is a typing error in a list of candidates.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year accepted.</summary>
    public const int LastYear = 2100;

    /// <summary>The serial number of 1899-12-31 in the 1900 date system is 1; serials after 60 count Excel's phantom 1900-02-29.</summary>
    private static readonly DateOnly Epoch1900 = new(1899, 12, 30);

    /// <summary>The 1904 date system counts from 1904-01-01 as day 0.</summary>
    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    /// <summary>Reads a date written in one of the accepted forms.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the cell is such a date, in the years accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        Span<char> buffer = stackalloc char[40];
        if (text.Length > buffer.Length)
        {
            return false;
        }

        var s = buffer[..TextFold.FoldInto(text, buffer, dropSpaces: false)];
        var space = s.IndexOf(' ');
        if (space >= 0)
        {
            if (!IsMidnight(s[(space + 1)..]))
            {
                return false;
            }

            s = s[..space];
        }

        int year, month, day;
        if (s.Length == 8 && AllDigits(s))
        {
            year = Number(s[..4]);
            month = Number(s[4..6]);
            day = Number(s[6..]);
        }
        else
        {
            var p = 0;
            if (!Digits(s, ref p, 4, 4, out year))
            {
                return false;
            }

            var chinese = p < s.Length && s[p] == '年';
            var separator = p < s.Length ? s[p] : '\0';
            if (!chinese && separator is not '-' and not '/' and not '.')
            {
                return false;
            }

            p++;
            if (!Digits(s, ref p, 1, 2, out month) || p >= s.Length || s[p] != (chinese ? '月' : separator))
            {
                return false;
            }

            p++;
            if (!Digits(s, ref p, 1, 2, out day))
            {
                return false;
            }

            if (chinese && p < s.Length && s[p] == '日')
            {
                p++;
            }

            if (p != s.Length)
            {
                return false;
            }
        }

        return TryCreate(year, month, day, out date);
    }

    /// <summary>The day of a serial number of a workbook (the integer part; a time of day is dropped).</summary>
    /// <param name="serial">The serial.</param>
    /// <param name="date1904">Whether the workbook uses the 1904 date system.</param>
    /// <param name="date">The day.</param>
    /// <returns>Whether the serial is a day in the years accepted.</returns>
    public static bool TryFromSerial(double serial, bool date1904, out DateOnly date)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 1 || serial > 2_958_465)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        if (date1904)
        {
            date = Epoch1904.AddDays(days);
        }
        else
        {
            // Serial 60 is the 1900-02-29 that never was; before it, serials are one day ahead of the calendar.
            if (days == 60)
            {
                return false;
            }

            date = days < 60 ? Epoch1900.AddDays(days + 1) : Epoch1900.AddDays(days);
        }

        return date.Year is >= FirstYear and <= LastYear;
    }

    /// <summary>Creates a date from its parts, if it exists and its year is accepted.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date exists.</returns>
    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < FirstYear or > LastYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsMidnight(ReadOnlySpan<char> time)
        => time is "0:00" or "00:00" or "0:00:00" or "00:00:00" or "00:00:00.000";

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int p, int min, int max, out int value)
    {
        var start = p;
        while (p < s.Length && p - start < max && s[p] is >= '0' and <= '9')
        {
            p++;
        }

        value = Number(s[start..p]);
        return p - start >= min;
    }
}
