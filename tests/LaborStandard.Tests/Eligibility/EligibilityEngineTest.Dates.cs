using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>How time is counted: inclusive periods, anniversaries, leap days, gaps and runs.</summary>
public partial class EligibilityEngineTest
{
    // start of ongoing work in this occupation, as-of date, whether 四级（2） (two years) holds
    [Theory]
    [InlineData("2024-03-01", "2026-02-28", true)] // from 2024-03-01, two years are complete on 2026-02-28
    [InlineData("2024-03-01", "2026-02-27", false)]
    [InlineData("2024-02-29", "2026-02-28", true)] // the second anniversary of 29 Feb falls on 1 Mar in a common year
    [InlineData("2024-02-29", "2026-02-27", false)]
    [InlineData("2023-03-01", "2025-02-28", true)] // a run across 29 Feb 2024
    [InlineData("2023-03-01", "2025-02-27", false)]
    [InlineData("2026-02-28", "2028-02-27", true)] // ends in a leap year on the day before the anniversary
    [InlineData("2026-02-28", "2028-02-26", false)]
    [InlineData("2026-03-01", "2028-02-29", true)] // the day before 1 March in a leap year is 29 February
    [InlineData("2026-03-01", "2028-02-28", false)]
    [InlineData("2025-12-31", "2027-12-30", true)]
    [InlineData("2025-12-31", "2027-12-29", false)]
    public void Two_full_years_are_complete_on_the_day_before_the_second_anniversary(string start, string asOf, bool holds)
    {
        var profile = Profile(work: [Work(start)]);

        Engine.Check(profile, SkillLevel.Level4, D(asOf)).Should().Be(holds ? Verdict.Eligible : Verdict.NotEligible);
    }

    [Fact]
    public void Every_start_day_of_a_decade_completes_its_years_on_the_day_before_the_anniversary()
    {
        for (var start = D("2019-01-01"); start <= D("2029-12-31"); start = start.AddDays(1))
        {
            var work = new WorkPeriod(This, start);
            var twoYears = Anniversary(start, 2).AddDays(-1);
            var oneYear = Anniversary(start, 1).AddDays(-1);
            var worker = Profile(work: [work]);
            var graduate = Profile(Education(EducationLevel.Bachelor), work: [work]);

            Engine.Check(worker, SkillLevel.Level4, twoYears).Should().Be(Verdict.Eligible, $"two years from {start} are complete on {twoYears}");
            Engine.Check(worker, SkillLevel.Level4, twoYears.AddDays(-1)).Should().Be(Verdict.NotEligible, $"two years from {start} are not complete before {twoYears}");
            Engine.Check(graduate, SkillLevel.Level3, oneYear).Should().Be(Verdict.Eligible, $"one year from {start} is complete on {oneYear}");
            Engine.Check(graduate, SkillLevel.Level3, oneYear.AddDays(-1)).Should().Be(Verdict.NotEligible, $"one year from {start} is not complete before {oneYear}");
            if (start.DayNumber % 7 == 0)
            {
                Engine.Evaluate(worker, SkillLevel.Level4, start).EarliestEligibleOn.Should().Be(twoYears, "the projection names the same day");
            }
        }

        // The N-th anniversary; 29 February's falls on 1 March in a common year.
        static DateOnly Anniversary(DateOnly start, int years)
            => start is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(start.Year + years) ? new DateOnly(start.Year + years, 3, 1) : start.AddYears(years);
    }

    [Fact]
    public void The_length_of_a_run_is_the_most_full_years_then_months_then_days_that_fit()
    {
        DateOnly[] asOfDates = [D("2024-02-28"), D("2024-02-29"), D("2024-03-01"), D("2024-12-31"), D("2025-01-31"), D("2025-02-28"), D("2025-03-30"), D("2026-11-29"), D("2027-08-31"), D("2028-02-29")];
        for (var start = D("2018-12-01"); start <= D("2024-02-29"); start = start.AddDays(3))
        {
            foreach (var asOf in asOfDates.Where(d => d >= start))
            {
                var decision = Engine.Evaluate(Profile(work: [new WorkPeriod(This, start)]), SkillLevel.Level4, asOf);
                var run = decision.Alternatives[1].Evidence.Single(e => e.Kind == EvidenceKind.WorkRun).Run!;

                run.Length.Should().Be(StepByStep(start, asOf), $"the run {start}..{asOf}");
            }
        }

        // Counted one year, then one month, at a time: the definition the engine's arithmetic must meet.
        static ServiceTime StepByStep(DateOnly first, DateOnly last)
        {
            var end = last.AddDays(1);
            var years = 0;
            while (Anniversary(first, years + 1) <= end)
            {
                years++;
            }

            var anchor = Anniversary(first, years);
            var months = 0;
            while (months < 12 && anchor.AddMonths(months + 1) <= end)
            {
                months++;
            }

            return new ServiceTime(years, months, end.DayNumber - anchor.AddMonths(months).DayNumber, last.DayNumber - first.DayNumber + 1);
        }

        static DateOnly Anniversary(DateOnly start, int years)
            => start is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(start.Year + years) ? new DateOnly(start.Year + years, 3, 1) : start.AddYears(years);
    }

    [Fact]
    public void A_29_february_start_completes_one_year_on_28_february()
    {
        var profile = Profile(Education(EducationLevel.Bachelor), work: [Work("2024-02-29")]);

        Engine.Check(profile, SkillLevel.Level3, D("2025-02-28")).Should().Be(Verdict.Eligible, "the first anniversary of 2024-02-29 is 2025-03-01");
        Engine.Check(profile, SkillLevel.Level3, D("2025-02-27")).Should().Be(Verdict.NotEligible);
    }

    [Fact]
    public void Ongoing_work_counts_through_the_as_of_date_and_ended_work_through_its_last_day()
    {
        Engine.Check(Profile(work: [Work("2024-11-30", "2026-11-29")]), SkillLevel.Level4, AsOf).Should().Be(Verdict.Eligible, "the last day counts");
        Engine.Check(Profile(work: [Work("2024-11-30", "2026-11-28")]), SkillLevel.Level4, AsOf).Should().Be(Verdict.NotEligible);
        Engine.Check(Profile(work: [Work("2024-11-30", "2030-01-01")]), SkillLevel.Level4, AsOf).Should().Be(Verdict.Eligible, "a period recorded to end later counts through the as-of date");
    }

    [Fact]
    public void A_one_day_gap_breaks_the_run_and_the_tolerance_option_bridges_it()
    {
        var profile = Profile(work: [Work("2024-06-01", "2025-06-01"), Work("2025-06-03")]);
        var tolerant = new EligibilityEngine(Standards.Embedded, Standards.EmbeddedRules, new EligibilityOptions(gapToleranceDays: 1));

        Engine.Check(profile, SkillLevel.Level4, AsOf).Should().Be(Verdict.NotEligible);
        tolerant.Check(profile, SkillLevel.Level4, AsOf).Should().Be(Verdict.Eligible);
        tolerant.Check(Profile(work: [Work("2024-06-01", "2025-06-01"), Work("2025-06-04")]), SkillLevel.Level4, AsOf).Should().Be(Verdict.NotEligible, "two days is more than the tolerance");
    }

    [Fact]
    public void The_order_of_periods_does_not_matter()
    {
        var periods = new[] { Work("2025-06-02", "2025-12-31"), Work("2024-06-01", "2025-06-01"), Work("2026-01-01"), Work("2018-01-01", "2019-01-01", Other) };
        var reference = Engine.Evaluate(Profile(work: periods), SkillLevel.Level4, AsOf);

        foreach (var order in new[] { periods.Reverse(), periods.OrderBy(p => p.OccupationCode, StringComparer.Ordinal), periods.Skip(2).Concat(periods.Take(2)) })
        {
            var decision = Engine.Evaluate(Profile(work: order), SkillLevel.Level4, AsOf);
            decision.Verdict.Should().Be(reference.Verdict).And.Be(Verdict.Eligible);
            decision.EarliestEligibleOn.Should().Be(reference.EarliestEligibleOn);
        }
    }

    [Fact]
    public void Service_after_a_certificate_counts_only_from_its_issue_date()
    {
        var decision = Engine.Evaluate(Profile(work: [Work("2015-01-01")], certificates: [Cert(4, "2025-06-15")]), SkillLevel.Level3, AsOf);
        var service = decision.Alternatives[1].Children[1];

        service.Evidence.Single(e => e.Kind == EvidenceKind.WorkRun).Run!.Start.Should().Be(D("2025-06-15"));
        service.ProjectedOn.Should().Be(D("2027-06-14"));
    }
}
