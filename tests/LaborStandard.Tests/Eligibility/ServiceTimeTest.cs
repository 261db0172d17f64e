using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// How service is counted and said: full years, then months, then days, both ends inclusive; the day N full years are
/// complete; and the words a candidate reads ("2 年 3 个月 5 天", "2 years 3 months 5 days").
/// </summary>
public class ServiceTimeTest
{
    // first, last (inclusive), years, months, days, total days, Chinese, English.
    public static TheoryData<string, string, int, int, int, int, string, string> Periods => new()
    {
        { "2024-03-01", "2026-02-28", 2, 0, 0, 730, "2 年", "2 years" },
        { "2024-02-29", "2025-02-28", 1, 0, 0, 366, "1 年", "1 year" },               // 29 February: the anniversary is 1 March
        { "2024-01-31", "2024-03-30", 0, 2, 0, 60, "2 个月", "2 months" },
        { "2012-02-29", "2013-02-27", 0, 11, 30, 365, "11 个月 30 天", "11 months 30 days" }, // a day short of the year, not "12 months"
        { "2016-02-29", "2021-02-27", 4, 11, 30, 1826, "4 年 11 个月 30 天", "4 years 11 months 30 days" },
        { "2024-01-15", "2024-01-15", 0, 0, 1, 1, "1 天", "1 day" },
        { "2024-01-15", "2024-02-14", 0, 1, 0, 31, "1 个月", "1 month" },
        { "2023-01-01", "2024-02-14", 1, 1, 14, 410, "1 年 1 个月 14 天", "1 year 1 month 14 days" },
        { "2020-05-10", "2023-08-11", 3, 3, 2, 1189, "3 年 3 个月 2 天", "3 years 3 months 2 days" },
        { "2022-06-01", "2023-06-02", 1, 0, 2, 367, "1 年 2 天", "1 year 2 days" },
        { "2024-05-01", "2024-04-30", 0, 0, 0, 0, "0 天", "0 days" },                 // an end before the start counts nothing
        { "9998-12-31", "9999-12-31", 1, 0, 1, 366, "1 年 1 天", "1 year 1 day" },    // through the last day of the calendar
        { "9999-01-15", "9999-12-31", 0, 11, 17, 351, "11 个月 17 天", "11 months 17 days" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Service_is_counted_in_full_years_then_months_then_days_and_said_in_both_languages(
        string first, string last, int years, int months, int days, int totalDays, string chinese, string english)
    {
        var elapsed = ServiceCalendar.Elapsed(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

        elapsed.Should().Be(new ServiceTime(years, months, days, totalDays));
        elapsed.Text.Should().Be(new LocalizedText(chinese, english));
        elapsed.ToString().Should().Be(english);
    }

    [Fact]
    public void A_decision_as_of_the_last_day_of_the_calendar_counts_service_through_it()
    {
        var candidate = Candidates.Profile(work: [Candidates.Work("9990-01-15"), Candidates.Work("2015-01-01", "9999-12-31", occupation: "4-07-03-02")]);

        var decision = Standards.EmbeddedEngine.Evaluate(candidate, SkillLevel.Level4, DateOnly.MaxValue);

        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.Summary.English.Should().Contain("四级（2）");
    }

    [Fact]
    public void The_day_N_full_years_are_complete_is_the_day_before_the_Nth_anniversary_across_leap_and_century_years()
    {
        // Every start from 1895 to 1905 and from 2095 to 2105 (1900 and 2100 are common years, 2000 a leap year), 1 to 10 years.
        var starts = Days(new DateOnly(1895, 1, 1), new DateOnly(1905, 12, 31)).Concat(Days(new DateOnly(1995, 1, 1), new DateOnly(2005, 12, 31)))
            .Concat(Days(new DateOnly(2095, 1, 1), new DateOnly(2105, 12, 31)));
        var wrong = new List<string>();
        foreach (var start in starts)
        {
            for (var years = 1; years <= 10; years++)
            {
                var expected = ServiceCalendar.Anniversary(start, years).DayNumber - 1;
                if (ServiceCalendar.CompletionDay(start.DayNumber, years) != expected)
                {
                    wrong.Add($"{start:yyyy-MM-dd} + {years}");
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Years_complete_on_the_last_day_of_the_calendar_and_never_past_it()
    {
        ServiceCalendar.CompletionDay(new DateOnly(9989, 1, 1).DayNumber, 10).Should().Be(new DateOnly(9998, 12, 31).DayNumber);
        ServiceCalendar.CompletionDay(new DateOnly(9990, 1, 1).DayNumber, 9).Should().Be(new DateOnly(9998, 12, 31).DayNumber);
        ServiceCalendar.CompletionDay(new DateOnly(9990, 1, 1).DayNumber, 10).Should().Be(DateOnly.MaxValue.DayNumber, "the tenth anniversary would be 10000-01-01, so the years are complete on 9999-12-31");
        ServiceCalendar.CompletionDay(new DateOnly(9990, 1, 2).DayNumber, 10).Should().Be(int.MaxValue);
        ServiceCalendar.CompletionDay(new DateOnly(1, 1, 1).DayNumber, int.MaxValue / 400).Should().Be(int.MaxValue, "no overflow however many years");
    }

    [Fact]
    public void Service_times_are_equal_only_when_every_part_is()
    {
        var time = new ServiceTime(1, 2, 3, 430);

        time.Should().Be(new ServiceTime(1, 2, 3, 430));
        (time == new ServiceTime(1, 2, 3, 430)).Should().BeTrue();
        (time != new ServiceTime(1, 2, 3, 430)).Should().BeFalse();
        ServiceTime[] others = [new(0, 2, 3, 430), new(1, 0, 3, 430), new(1, 2, 0, 430), new(1, 2, 3, 431)];
        foreach (var other in others)
        {
            time.Equals(other).Should().BeFalse($"{other.Years} {other.Months} {other.Days} {other.TotalDays} differs");
            (time != other).Should().BeTrue();
            (time == other).Should().BeFalse();
        }
    }

    [Fact]
    public void A_service_time_says_one_unit_in_the_singular_and_leaves_out_the_parts_that_are_zero()
    {
        new ServiceTime(0, 1, 1, 32).Text.Should().Be(new LocalizedText("1 个月 1 天", "1 month 1 day"));
        new ServiceTime(2, 1, 0, 761).Text.Should().Be(new LocalizedText("2 年 1 个月", "2 years 1 month"));
        new ServiceTime(1, 0, 0, 365).Text.Should().Be(new LocalizedText("1 年", "1 year"));
        new ServiceTime(0, 0, 2, 2).Text.Should().Be(new LocalizedText("2 天", "2 days"));
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
