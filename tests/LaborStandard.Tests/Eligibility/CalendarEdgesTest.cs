using LaborStandard.Eligibility;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>The calendar's last days are days like any other: completions up to 9999-12-31 are exact, and value types refuse parts out of range.</summary>
public class CalendarEdgesTest
{
    [Theory]
    [InlineData("9998-01-01", "9999-12-31", "eligible", "9999-12-31", null)]
    [InlineData("9998-01-01", "9999-12-30", "notEligible", null, "9999-12-31")]
    [InlineData("9998-01-02", "9999-12-31", "notEligible", null, null)]
    [InlineData("9997-03-01", "9999-02-28", "eligible", "9999-02-28", null)]
    public void Two_years_of_work_complete_on_the_last_day_of_the_calendar_when_they_do(string from, string asOf, string verdict, string? since, string? projected)
    {
        var decision = Standards.EmbeddedEngine.Evaluate(Profile(work: [Work(from)]), SkillLevel.Level4, D(asOf));

        decision.Verdict.Should().Be(verdict == "eligible" ? Verdict.Eligible : Verdict.NotEligible);
        decision.EligibleSince.Should().Be(since is null ? null : D(since));
        decision.ProjectedOn.Should().Be(projected is null ? null : D(projected), "a completion past 9999-12-31 is never, not an overflow");
        Standards.EmbeddedEngine.Screen(Profile(work: [Work(from)]), D(asOf)).For(SkillLevel.Level4).Verdict.Should().Be(decision.Verdict);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, "years")]
    [InlineData(0, 12, 0, 400, "months")]
    [InlineData(0, -3, 0, 0, "months")]
    [InlineData(0, 0, 31, 31, "days")]
    [InlineData(0, 0, -1, 0, "days")]
    [InlineData(0, 0, 0, -1, "totalDays")]
    [InlineData(1, 0, 0, 300, "totalDays")]
    [InlineData(10_000, 0, 0, int.MaxValue, "years")]
    public void A_length_of_service_refuses_a_part_out_of_range_naming_it(int years, int months, int days, int totalDays, string parameter)
        => FluentActions.Invoking(() => new ServiceTime(years, months, days, totalDays)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void The_longest_length_the_calendar_holds_is_accepted()
    {
        var all = new ServiceTime(9_998, 11, 30, DateOnly.MaxValue.DayNumber + 1);

        all.Years.Should().Be(9_998);
        all.Text.English.Should().StartWith("9998 years 11 months 30 days");
    }
}
