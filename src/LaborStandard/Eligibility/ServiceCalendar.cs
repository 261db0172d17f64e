namespace LaborStandard.Eligibility;

/// <summary>
/// How the engine counts time (pinned in the docs and tests): periods are inclusive; N full years from a start S are
/// complete on the day before S's N-th anniversary; a 29 February start has its anniversary on 1 March in a year
/// without 29 February.
/// </summary>
internal static class ServiceCalendar
{
    /// <summary>The days one year of cumulative (累计) service counts for.</summary>
    public const int DaysPerCumulativeYear = 365;

    /// <summary>The days of a common year of the calendar; a leap year has one more.</summary>
    public const int DaysInCommonYear = 365;

    /// <summary>The N-th anniversary of a date; 29 February falls on 1 March in a common year.</summary>
    public static DateOnly Anniversary(DateOnly start, int years)
    {
        var year = start.Year + years;
        if (start.Month == 2 && start.Day == 29 && !DateTime.IsLeapYear(year))
        {
            return new DateOnly(year, 3, 1);
        }

        return new DateOnly(year, start.Month, start.Day);
    }

    /// <summary>The day on which N full years from <paramref name="startDay"/> are complete: the day before the N-th anniversary.</summary>
    /// <remarks>
    /// Arithmetic rather than a calendar date, for bulk screening: the anniversary is N × 365 days on, plus one day for
    /// each 29 February passed, that is, of the years start … start + N − 1 for a start in January or February and of
    /// start + 1 … start + N otherwise. A 29 February start so lands on 1 March in a common year, as <see cref="Anniversary"/> says.
    /// </remarks>
    public static int CompletionDay(int startDay, int years)
    {
        DateOnly.FromDayNumber(startDay).Deconstruct(out var year, out var month, out _);

        // Day numbers, not dates: a completion on 9999-12-31 (the anniversary itself past the calendar) is still exact.
        var first = month <= 2 ? year : year + 1;
        var day = (long)startDay + ((long)DaysInCommonYear * years) + LeapYearsThrough(first + years - 1) - LeapYearsThrough(first - 1) - 1;
        return day <= DateOnly.MaxValue.DayNumber ? (int)day : int.MaxValue;
    }

    /// <summary>The full years, months and days from <paramref name="first"/> through <paramref name="last"/>, both inclusive.</summary>
    public static ServiceTime Elapsed(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            return default;
        }

        var end = last.DayNumber + 1; // exclusive end
        if (last == DateOnly.MaxValue)
        {
            return ElapsedToTheEnd(first, end);
        }

        // The most full years and then months that fit: the anniversary falls in the year of the exclusive end or the
        // year before, and the month in the month of the end or the month before, so one step back at most is needed.
        var after = DateOnly.FromDayNumber(end);
        var years = Math.Min(after.Year, DateOnly.MaxValue.Year) - first.Year;
        while (years > 0 && CompletionDay(first.DayNumber, years) + 1 > end)
        {
            years--;
        }

        // At most 11 months: the next anniversary is past the end (the years say so), and twelve calendar months from a
        // 29 February anchor would end on 28 February, a day before that anniversary.
        var anchor = Anniversary(first, years);
        var months = Math.Clamp(((after.Year - anchor.Year) * 12) + after.Month - anchor.Month, 0, 11);
        while (months > 0 && anchor.AddMonths(months).DayNumber > end)
        {
            months--;
        }

        var days = end - anchor.AddMonths(months).DayNumber;
        return new ServiceTime(years, months, days, last.DayNumber - first.DayNumber + 1);
    }

    /// <summary>The same count for a period through the last day of the calendar, step by step.</summary>
    private static ServiceTime ElapsedToTheEnd(DateOnly first, int end)
    {
        var years = 0;
        while (first.Year + years + 1 <= DateOnly.MaxValue.Year && Anniversary(first, years + 1).DayNumber <= end)
        {
            years++;
        }

        var anchor = Anniversary(first, years);
        var months = 0;
        // The calendar ends in December 9999: a month past it does not exist, so it cannot have been served.
        var monthsLeft = ((DateOnly.MaxValue.Year - anchor.Year) * 12) + DateOnly.MaxValue.Month - anchor.Month;
        while (months < Math.Min(11, monthsLeft) && anchor.AddMonths(months + 1).DayNumber <= end)
        {
            months++;
        }

        var start = anchor.AddMonths(months);
        var days = end - start.DayNumber;
        if (start is { Year: 9999, Month: 12, Day: 1 })
        {
            // December 9999 served whole: the month (and perhaps the year) is complete on the calendar's last day,
            // although the day after it, where the anniversary would fall, does not exist.
            (months, days) = (months + 1, 0);
            (years, months) = months == 12 ? (years + 1, 0) : (years, months);
        }

        return new ServiceTime(years, months, days, end - first.DayNumber);
    }

    /// <summary>The leap years from year 1 through <paramref name="year"/> of the proleptic Gregorian calendar.</summary>
    private static int LeapYearsThrough(int year) => (year / 4) - (year / 100) + (year / 400);
}
