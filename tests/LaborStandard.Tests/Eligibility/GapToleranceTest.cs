using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// The gap tolerance (a local policy; the draft says nothing of gaps): a gap no longer than the tolerance joins two
/// periods into one continuous run, and its days are not served unless the options count them, so N years of a run
/// with a bridged gap complete that many days later.
/// </summary>
public class GapToleranceTest
{
    // 2024-06-01 … 2025-06-01, then a gap of 30 days (2025-06-02 … 2025-07-01), then ongoing from 2025-07-02.
    private static readonly CandidateProfile Worker = Profile(work: [Work("2024-06-01", "2025-06-01"), Work("2025-07-02")]);

    private static EligibilityEngine Engine(int gap, bool counted = false)
        => new(Standards.Embedded, Standards.EmbeddedRules, new EligibilityOptions(gapToleranceDays: gap, countBridgedDays: counted));

    [Theory]
    [InlineData(29, false, null)] // the gap is longer than the tolerance: the run from 2025-07-02 completes on 2027-07-01
    [InlineData(30, false, "2026-06-30")] // two years from 2024-06-01 end on 2026-05-31, and 30 bridged days later
    [InlineData(30, true, "2026-05-31")] // the bridged days served
    [InlineData(366, false, "2026-06-30")]
    public void A_bridged_gap_moves_the_completion_by_its_days_unless_they_count(int gap, bool counted, string? expected)
    {
        var decision = Engine(gap, counted).Evaluate(Worker, SkillLevel.Level4, D("2026-01-01"));
        var service = decision.Alternatives.Single(a => a.Condition.Item == "四级（2）");

        service.ProjectedOn.Should().Be(expected is null ? D("2027-07-01") : D(expected));
    }

    [Theory]
    [InlineData("2026-06-29", false)]
    [InlineData("2026-06-30", true)]
    public void The_verdict_path_and_the_explained_path_agree_on_the_day(string asOf, bool holds)
    {
        var engine = Engine(30);
        var expected = holds ? Verdict.Eligible : Verdict.NotEligible;
        var level4Holds = engine.Evaluate(Worker, SkillLevel.Level4, D(asOf)).HoldingConditions.Contains(2);

        level4Holds.Should().Be(holds);
        engine.Screen(Worker, D(asOf)).For(SkillLevel.Level4).HoldingConditions.Contains(2).Should().Be(holds);
        new EligibilityEngine(Standards.Embedded, OnlyService, new EligibilityOptions(gapToleranceDays: 30)).Check(Worker, SkillLevel.Level4, D(asOf)).Should().Be(expected);
    }

    [Fact]
    public void The_explanation_says_how_many_bridged_days_there_are_and_whether_they_count()
    {
        var notCounted = Engine(30).Evaluate(Worker, SkillLevel.Level4, D("2026-01-01"));
        var counted = Engine(30, counted: true).Evaluate(Worker, SkillLevel.Level4, D("2026-01-01"));

        Evidence(notCounted).Chinese.Should().Contain("其中视为连续的间隔 30 天不计入工作时间");
        Evidence(notCounted).English.Should().Contain("a bridged gap of 30 days within, not counted as service");
        Evidence(counted).Chinese.Should().Contain("含视为连续的间隔 30 天，计入工作时间");

        var shortfall = notCounted.Alternatives.Single(a => a.Condition.Item == "四级（2）").Shortfall!;
        shortfall.Required.Should().Be(730, "two years from 2024-06-01 are 730 days of service");
        shortfall.Actual.Should().Be(580 - 30, "2024-06-01 … 2026-01-01 is 580 days, less the 30 bridged");
    }

    [Fact]
    public void A_gap_after_the_as_of_date_is_not_taken_off_yet()
    {
        // As of a day inside the gap, only the gap's days so far are bridged.
        var decision = Engine(30).Evaluate(Worker, SkillLevel.Level4, D("2025-06-11"));
        var shortfall = decision.Alternatives.Single(a => a.Condition.Item == "四级（2）").Shortfall!;

        shortfall.Actual.Should().Be(376 - 10, "2024-06-01 … 2025-06-11 is 376 days, of which the 10 from 2025-06-02 are bridged");
    }

    [Fact]
    public void Cumulative_service_does_not_count_bridged_days_either()
    {
        var rules = new EligibilityRules("3-01-01-02", [new LevelRule(
            SkillLevel.Level4,
            new AnyOfCondition("1.9.1", "四级", new LocalizedText("累计工作一年", "one year in all"), [
                new CumulativeServiceCondition("1.9.1", "四级（甲）", new LocalizedText("累计从事本职业工作一年以上。", "One year or more in this occupation in all."), 1, OccupationScope.ThisOccupation),
            ]))]);
        var worker = Profile(work: [Work("2025-01-01", "2025-06-30"), Work("2025-07-11")]);

        // 181 days to 2025-06-30, 184 more from 2025-07-11: 2026-01-10; with the ten bridged days served, 2025-12-31.
        Projected(new EligibilityEngine(Standards.Embedded, rules, new EligibilityOptions(gapToleranceDays: 10)), worker).Should().Be(D("2026-01-10"));
        Projected(new EligibilityEngine(Standards.Embedded, rules, new EligibilityOptions(gapToleranceDays: 10, countBridgedDays: true)), worker).Should().Be(D("2025-12-31"));
        Projected(new EligibilityEngine(Standards.Embedded, rules), worker).Should().Be(D("2026-01-10"), "without a tolerance the gap is simply not work");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    [InlineData(int.MaxValue)]
    public void The_tolerance_is_bounded(int days)
    {
        var thrown = FluentActions.Invoking(() => new EligibilityOptions(gapToleranceDays: days)).Should().Throw<ModelRuleException>().Which;

        thrown.Member.Should().Be("gapToleranceDays");
        thrown.Text.Chinese.Should().Contain("应在 0 至 366 天之间");
    }

    private static DateOnly? Projected(EligibilityEngine engine, CandidateProfile worker)
        => engine.Evaluate(worker, SkillLevel.Level4, D("2025-08-01")).EarliestEligibleOn;

    private static LocalizedText Evidence(EligibilityDecision decision)
        => decision.Alternatives.Single(a => a.Condition.Item == "四级（2）").Evidence.Single().Description;

    private static EligibilityRules OnlyService => new("3-01-01-02", [new LevelRule(
        SkillLevel.Level4,
        new AnyOfCondition("1.9.1", "四级", new LocalizedText("连续工作两年", "two years in a row"), [
            new ContinuousServiceCondition("1.9.1", "四级（乙）", new LocalizedText("连续从事本职业工作两年以上。", "Two years or more in this occupation in a row."), 2, OccupationScope.ThisOccupation),
        ]))]);
}
