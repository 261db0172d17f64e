using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// Cumulative service (累计), which the shipped rules do not use but a local rule document can: periods in the occupation
/// add up across gaps, a year is 365 days, and the projection names the day the total is reached.
/// </summary>
public class CumulativeServiceTest
{
    private static readonly EligibilityEngine Engine = new(
        Standards.Embedded,
        new EligibilityRules(
            "3-01-01-02",
            [new LevelRule(
                SkillLevel.Level4,
                new AnyOfCondition("1.9.1", "四级", new LocalizedText("累计工作两年", "two years in all"), [
                    new CumulativeServiceCondition("1.9.1", "四级（甲）", new LocalizedText("累计从事本职业工作两年以上。", "Two years or more in this occupation in all."), 2, OccupationScope.ThisOccupation),
                ]))]));

    // 366 days (2020 is a leap year) + 181 days, then ongoing from 2023-01-01: 730 − 547 = 183 more days, so 2023-07-02.
    private static readonly CandidateProfile Candidate = Profile(work: [
        Work("2020-01-01", "2020-12-31"),
        Work("2021-02-01", "2021-12-31", occupation: "4-07-03-02"),
        Work("2022-01-01", "2022-06-30"),
        Work("2023-01-01"),
    ]);

    [Theory]
    [InlineData("2023-03-01", Verdict.NotEligible)]
    [InlineData("2023-07-01", Verdict.NotEligible)]
    [InlineData("2023-07-02", Verdict.Eligible)]
    [InlineData("2030-01-01", Verdict.Eligible)]
    public void Periods_in_the_occupation_add_up_across_gaps_in_365_day_years(string asOf, Verdict expected)
    {
        Engine.Check(Candidate, SkillLevel.Level4, D(asOf)).Should().Be(expected);
        Engine.Evaluate(Candidate, SkillLevel.Level4, D(asOf)).Verdict.Should().Be(expected);
    }

    [Fact]
    public void The_decision_says_how_many_days_are_missing_and_when_they_will_be_served()
    {
        var decision = Engine.Evaluate(Candidate, SkillLevel.Level4, D("2023-03-01"));
        var service = decision.Alternatives.Should().ContainSingle().Which;

        decision.EarliestEligibleOn.Should().Be(D("2023-07-02"));
        service.ProjectedOn.Should().Be(D("2023-07-02"));
        service.Shortfall!.Unit.Should().Be(ShortfallUnit.Days);
        service.Shortfall.Required.Should().Be(730);
        service.Shortfall.Actual.Should().Be(366 + 181 + 60);
        service.Shortfall.Missing.Should().Be(123);
        service.Evidence.Where(e => !e.Counts).Should().ContainSingle().Which.Description.Chinese.Should().StartWith("4-07-03-02 ");
    }

    [Fact]
    public void Work_that_has_not_started_by_the_as_of_date_does_not_count_yet()
    {
        var later = Profile(work: [Work("2024-01-01", "2025-12-31")]);

        Engine.Check(later, SkillLevel.Level4, D("2023-12-31")).Should().Be(Verdict.NotEligible);
        Engine.Evaluate(later, SkillLevel.Level4, D("2023-12-31")).EarliestEligibleOn.Should().Be(D("2025-12-30"));
        Engine.Check(later, SkillLevel.Level4, D("2025-12-30")).Should().Be(Verdict.Eligible);
        Engine.Check(later, SkillLevel.Level4, D("2025-12-29")).Should().Be(Verdict.NotEligible);
    }

    [Fact]
    public void Work_that_cannot_add_up_before_the_calendar_ends_is_never_enough()
    {
        var late = Profile(work: [Work("9999-01-01")]);

        var decision = Engine.Evaluate(late, SkillLevel.Level4, DateOnly.MaxValue);

        decision.Verdict.Should().Be(Verdict.NotEligible);
        decision.EarliestEligibleOn.Should().BeNull();
        decision.Alternatives[0].Shortfall!.Actual.Should().Be(365);
    }

    [Fact]
    public void Ongoing_work_after_earlier_periods_completes_the_total_it_lacks()
    {
        // Regression: an ongoing run after earlier ones was counted as an infinite length added to them, which overflowed.
        var profile = Profile(work: [Work("2020-01-01", "2020-01-10"), Work("2021-01-01")]);

        Engine.Evaluate(profile, SkillLevel.Level4, D("2021-01-01")).EarliestEligibleOn.Should().Be(D("2021-01-01").AddDays(730 - 10 - 1));
    }
}
