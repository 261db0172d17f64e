using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// Why a record counts or not, at the edges: hours equal to the standard, a certificate dated on the as-of date, the
/// earliest of several certificates, and education under a local rule that does not accept 同等学力.
/// </summary>
public class EvidenceReasonsTest
{
    private static readonly EligibilityEngine Engine = Standards.EmbeddedEngine;

    private static ConditionResult Training4(CandidateProfile candidate, string asOf)
        => Engine.Evaluate(candidate, SkillLevel.Level4, D(asOf)).Alternatives.Single(a => a.Condition.Item == "四级（1）");

    [Fact]
    public void Training_of_exactly_the_standard_hours_counts_and_half_an_hour_less_does_not()
    {
        var exact = Training4(Profile(trainings: [Training(4, 100, "2021-03-01")]), "2021-03-01");
        var short_ = Training4(Profile(trainings: [Training(4, 99.5m, "2021-03-01")]), "2021-03-01");

        exact.Holds.Should().BeTrue();
        exact.Evidence.Should().ContainSingle().Which.Counts.Should().BeTrue();
        short_.Holds.Should().BeFalse();
        short_.Evidence.Should().ContainSingle().Which.Description.English.Should().EndWith(": short of the 100 standard hours (1.8), does not count");
        short_.Shortfall!.Actual.Should().Be(99.5m);
        short_.Shortfall.Missing.Should().Be(0.5m);
        short_.Shortfall.Message.English.Should().Contain("99.5 of 100");
    }

    [Fact]
    public void A_certificate_of_completion_counts_from_its_own_date()
    {
        var candidate = Profile(trainings: [Training(4, 100, "2021-03-01")]);

        Training4(candidate, "2021-03-01").Holds.Should().BeTrue();
        var before = Training4(candidate, "2021-02-28");
        before.Holds.Should().BeFalse();
        before.ProjectedOn.Should().Be(D("2021-03-01"));
        before.Evidence.Should().ContainSingle().Which.Description.English.Should().EndWith(": certificate of completion dated after the as-of date, counts from its date");
        Engine.Check(candidate, SkillLevel.Level4, D("2021-02-28")).Should().Be(Verdict.NotEligible);
        Engine.Check(candidate, SkillLevel.Level4, D("2021-03-01")).Should().Be(Verdict.Eligible);
    }

    [Fact]
    public void Of_several_qualifying_trainings_the_earliest_certificate_decides_the_date()
    {
        var candidate = Profile(trainings: [Training(4, 120, "2022-05-01"), Training(4, 100, "2021-03-01"), Training(4, 100, "2021-09-01")]);

        Engine.Evaluate(candidate, SkillLevel.Level4, D("2020-01-01")).EarliestEligibleOn.Should().Be(D("2021-03-01"));
        Training4(candidate, "2021-06-01").Evidence.Select(e => e.Counts).Should().Equal(false, true, false);
    }

    [Fact]
    public void A_certificate_counts_from_the_day_it_is_issued()
    {
        var candidate = Profile(certificates: [Cert(4, "2021-06-30")], work: [Work("2019-06-30")]);
        var level3 = (string asOf) => Engine.Evaluate(candidate, SkillLevel.Level3, D(asOf)).Alternatives.Single(a => a.Condition.Item == "三级（2）");

        // 三级（2）: two years of continuous work counted from the certificate: complete on 2023-06-29.
        level3("2023-06-29").Holds.Should().BeTrue();
        level3("2023-06-28").Holds.Should().BeFalse();
        level3("2023-06-28").ProjectedOn.Should().Be(D("2023-06-29"));
        level3("2021-06-29").Children[0].Evidence.Should().ContainSingle().Which.Description.English.Should().EndWith(": issued after the as-of date, counts from its issue date");
        level3("2021-06-30").Children[0].Holds.Should().BeTrue();
    }

    [Fact]
    public void A_local_rule_that_does_not_accept_equivalent_education_says_so()
    {
        var engine = new EligibilityEngine(Standards.Embedded, new EligibilityRules("3-01-01-02", [new LevelRule(
            SkillLevel.Level4,
            new AnyOfCondition("1.9.1", "四级", new LocalizedText("学历", "education"), [
                new EducationCondition("1.9.1", "四级（乙）", new LocalizedText("大专及以上学历（不含同等学力）。", "Junior college or higher, not equivalent."), EducationLevel.JuniorCollege, false),
            ]))]));
        ConditionResult Education(EducationRecord record)
            => engine.Evaluate(Profile(education: record), SkillLevel.Level4, D("2026-01-01")).Alternatives.Single();

        var equivalent = Education(new EducationRecord(EducationLevel.Master, true));
        var below = Education(new EducationRecord(EducationLevel.SeniorSecondary));
        var enough = Education(new EducationRecord(EducationLevel.JuniorCollege));

        equivalent.Holds.Should().BeFalse();
        equivalent.Evidence.Should().ContainSingle().Which.Description.Should().Be(new LocalizedText(
            "学历：硕士（同等学力）：同等学力不计", "education: master's degree (equivalent attainment): equivalent attainment does not count here"));
        equivalent.Shortfall!.Message.English.Should().EndWith("needs junior college or higher (equivalent attainment not accepted)");
        equivalent.Shortfall.Message.Chinese.Should().EndWith("需大专及以上学历（不含同等学力）");
        below.Holds.Should().BeFalse();
        below.Evidence.Should().ContainSingle().Which.Description.English.Should().Be("education: senior secondary school: below the minimum, does not count");
        below.Shortfall!.Unit.Should().Be(ShortfallUnit.EducationLevel);
        enough.Holds.Should().BeTrue();
        enough.Shortfall.Should().BeNull();
        enough.Evidence.Should().ContainSingle().Which.Counts.Should().BeTrue();
    }

    [Fact]
    public void Work_that_starts_on_the_as_of_date_is_a_day_served_and_later_work_is_not_yet_a_fact()
    {
        var candidate = Profile(work: [Work("2026-11-29"), Work("2026-12-01", occupation: "4-07-03-02")]);

        var service = Engine.Evaluate(candidate, SkillLevel.Level4, D("2026-11-29")).Alternatives.Single(a => a.Condition.Item == "四级（2）");

        service.Evidence.Should().ContainSingle().Which.Description.English.Should().Be("work in this occupation 2026-11-29 to 2026-11-29 (ongoing), 1 day");
        service.Shortfall!.Actual.Should().Be(1);
        service.ProjectedOn.Should().Be(D("2028-11-28"));
    }

    [Fact]
    public void Of_alternatives_that_hold_from_the_same_day_the_one_that_lasts_longer_sets_the_end()
    {
        var asOf = D("2020-01-01");
        var student = Engine.Evaluate(Profile(schooling: [Student("2026-07-01")]), SkillLevel.Level4, asOf)
            .Alternatives.Single(a => a.Condition.Item == "四级（3）");
        student.ProjectedOn.Should().NotBeNull();
        student.HoldsUntil.Should().NotBeNull("a student is in the graduation year only for a while");

        // A certificate of completion dated the day the graduation year starts: both hold from that day, training for good.
        var both = Profile(schooling: [Student("2026-07-01")], trainings: [new TrainingRecord("3-01-01-02", SkillLevel.Level4, 100, student.ProjectedOn)]);
        var result = Engine.Evaluate(both, SkillLevel.Level4, asOf).Result;

        result.ProjectedOn.Should().Be(student.ProjectedOn);
        result.HoldsUntil.Should().BeNull();
        Engine.Evaluate(both, SkillLevel.Level4, student.HoldsUntil!.Value.AddDays(1)).Verdict.Should().Be(Verdict.Eligible);
    }
}
