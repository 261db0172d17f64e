using System.Globalization;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>Each step of a decision is explained by its clause, the facts it used and, in numbers, what is missing.</summary>
public partial class EligibilityEngineTest
{
    [Fact]
    public void Missing_continuous_work_is_said_in_years_months_and_days()
    {
        var decision = Engine.Evaluate(Profile(work: [Work("2025-08-30")]), SkillLevel.Level4, AsOf);
        var service = decision.Alternatives[1];

        service.Shortfall!.Unit.Should().Be(ShortfallUnit.Days);
        service.Shortfall.Actual.Should().Be(457);
        service.Shortfall.Required.Should().Be(730);
        service.Shortfall.Missing.Should().Be(273);
        service.Shortfall.Message.Chinese.Should().Be("在本职业连续工作：已满 1 年 3 个月，需 2 年");
        service.Shortfall.Message.English.Should().Be("continuous work in this occupation: 1 year 3 months of 2 years");
        service.Evidence.Should().ContainSingle().Which.Run!.Length.Should().Be(new ServiceTime(1, 3, 0, 457));
    }

    [Fact]
    public void Missing_training_hours_are_counted()
    {
        var training = Engine.Evaluate(Profile(trainings: [Training(4, 99, "2026-06-30")]), SkillLevel.Level4, AsOf).Alternatives[0];

        training.Shortfall!.Should().BeEquivalentTo(new { Unit = ShortfallUnit.Hours, Required = 100m, Actual = 99m, Missing = 1m });
        training.Evidence.Should().ContainSingle().Which.Counts.Should().BeFalse();
        training.Evidence[0].Description.English.Should().Contain("short of the 100 standard hours (1.8)");
    }

    [Fact]
    public void Facts_that_do_not_count_are_listed_with_the_reason()
    {
        var decision = Engine.Evaluate(Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2020-01-01", occupation: Other), Cert(4, "2021-01-01", CertificateKind.SkillLevel)]), SkillLevel.Level3, AsOf);
        var certificate = decision.Alternatives[1].Children[0];

        certificate.Holds.Should().BeFalse();
        certificate.Evidence.Select(e => e.Counts).Should().Equal(false, false);
        certificate.Evidence[0].Description.Chinese.Should().Contain("不是本职业，不计");
        certificate.Evidence[1].Description.Chinese.Should().Contain("职业技能等级证书不计").And.Contain("skill-level-certificates", "the reason names the rules that would count it");
        certificate.Shortfall!.Message.Chinese.Should().Be("未持有本职业四级职业资格证书");
    }

    [Fact]
    public void Every_node_cites_its_clause_and_item_in_both_languages()
    {
        var decision = Engine.Evaluate(Profile(), SkillLevel.Level3, AsOf);

        foreach (var result in Flatten(decision.Result))
        {
            result.Condition.Clause.Should().Be("1.9.1");
            result.Condition.Item.Should().StartWith("三级");
            result.Condition.Text.Chinese.Should().NotBeNullOrWhiteSpace();
            result.Condition.Text.English.Should().NotBeNullOrWhiteSpace();
        }

        decision.Explain(CultureInfo.GetCultureInfo("en")).Should().Contain("May not apply for Level 3 / senior worker (1.9.1)").And.Contain("三级（2）");
        decision.Explain().Should().Contain("不能申报三级/高级工（1.9.1）").And.Contain("评估日期：2026-11-29");
    }

    [Fact]
    public void A_report_covers_every_level_and_names_the_highest_eligible()
    {
        var report = Engine.EvaluateAll(new CandidateProfile(Education(EducationLevel.Bachelor), workHistory: [Work("2024-01-01")], id: "A-17"), AsOf);

        report.CandidateId.Should().Be("A-17");
        report.Decisions.Select(d => (d.Level, d.Verdict)).Should().Equal((SkillLevel.Level4, Verdict.Eligible), (SkillLevel.Level3, Verdict.Eligible));
        report.HighestEligibleLevel.Should().Be(SkillLevel.Level3);
        report.For(SkillLevel.Level4).CandidateId.Should().Be("A-17");
        FluentActions.Invoking(() => report.For(SkillLevel.Level2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }

    private static IEnumerable<ConditionResult> Flatten(ConditionResult result) => new[] { result }.Concat(result.Children.SelectMany(Flatten));
}
