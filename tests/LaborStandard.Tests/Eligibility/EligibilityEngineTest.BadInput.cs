using System.Collections.Immutable;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>Bad input gets an exception that names the field and the rule; nothing the caller passed is changed.</summary>
public partial class EligibilityEngineTest
{
    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var thrown = FluentActions.Invoking(() => Work("2025-01-02", "2025-01-01")).Should().Throw<ModelRuleException>().Which;

        thrown.ParamName.Should().Be("to");
        thrown.Rule.Should().Be(StandardRules.DateOrder);
    }

    [Fact]
    public void Negative_hours_an_undefined_level_and_a_malformed_code_are_refused()
    {
        FluentActions.Invoking(() => Training(4, -1, null)).Should().Throw<ModelRuleException>().Which.Should().Match<ModelRuleException>(e => e.ParamName == "hoursCompleted" && e.Rule == StandardRules.Range);
        FluentActions.Invoking(() => new Certificate(This, default, CertificateKind.SkillLevel, D("2020-01-01"))).Should().Throw<ModelRuleException>().Which.ParamName.Should().Be("level");
        FluentActions.Invoking(() => new WorkPeriod("30101-02", D("2020-01-01"))).Should().Throw<ModelRuleException>().Which.Rule.Should().Be(StandardRules.CodeFormat);
        FluentActions.Invoking(() => new Certificate(This, SkillLevel.Level4, (CertificateKind)7, D("2020-01-01"))).Should().Throw<ModelRuleException>().Which.Rule.Should().Be(StandardRules.UnknownValue);
        FluentActions.Invoking(() => new EducationRecord((EducationLevel)0)).Should().Throw<ModelRuleException>().Which.ParamName.Should().Be("level");
    }

    [Fact]
    public void Null_members_are_refused_with_their_place()
    {
        var thrown = FluentActions.Invoking(() => new CandidateProfile(workHistory: ImmutableArray.Create(Work("2020-01-01"), null!))).Should().Throw<ModelRuleException>().Which;

        thrown.ParamName.Should().Be("workHistory[1]");
        thrown.Rule.Should().Be(StandardRules.Required);
        FluentActions.Invoking(() => new CandidateProfile(unknownFacts: (CandidateFacts)64)).Should().Throw<ModelRuleException>().Which.ParamName.Should().Be("unknownFacts");
    }

    [Fact]
    public void The_engine_names_a_null_candidate_and_a_level_it_has_no_rule_for()
    {
        FluentActions.Invoking(() => Engine.Check(null!, SkillLevel.Level4, AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("candidate");
        FluentActions.Invoking(() => Engine.CheckAll(null!, AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("candidate");
        FluentActions.Invoking(() => Engine.Evaluate(null!, SkillLevel.Level4, AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("candidate");
        FluentActions.Invoking(() => Engine.EvaluateAll(null!, AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("candidate");
        FluentActions.Invoking(() => Engine.Check(Profile(), SkillLevel.Level2, AsOf)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The rules of 3-01-01-02 define no 二级/技师; they define 四级/中级工, 三级/高级工.*");
        FluentActions.Invoking(() => Engine.EvaluateAll(Profile(), AsOf).For(SkillLevel.Level2)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("level").WithMessage("The rules define no 二级/技师; they define 四级/中级工, 三级/高级工.*");
        FluentActions.Invoking(() => Engine.Evaluate(Profile(), SkillLevel.Level2, AsOf)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level").WithMessage("*define no 二级/技师*");
        FluentActions.Invoking(() => Engine.Check(Profile(), default, AsOf)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
        FluentActions.Invoking(() => Engine.EvaluateMany(null!, AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("candidates");
        FluentActions.Invoking(() => new EligibilityOptions(gapToleranceDays: -1)).Should().Throw<ModelRuleException>().Which.ParamName.Should().Be("gapToleranceDays");
        FluentActions.Invoking(() => new EligibilityOptions(["bad"])).Should().Throw<ModelRuleException>().Which.ParamName.Should().Be("relatedOccupations[0]");
    }

    [Fact]
    public void Batch_checks_need_a_place_for_every_verdict()
    {
        var candidates = new[] { Profile(), Profile(work: [Work("2020-01-01")]) };
        var verdicts = new Verdict[2];

        Engine.CheckMany(candidates, SkillLevel.Level4, AsOf, verdicts);

        verdicts.Should().Equal(Verdict.NotEligible, Verdict.Eligible);
        FluentActions.Invoking(() => Engine.CheckMany(candidates, SkillLevel.Level4, AsOf, new Verdict[1])).Should().Throw<ArgumentException>()
            .WithParameterName("verdicts").WithMessage("holds 1 places for 2 candidates.*");
        FluentActions.Invoking(() => Engine.CheckMany(new CandidateProfile[] { Profile(), null! }, SkillLevel.Level4, AsOf, new Verdict[2])).Should().Throw<ArgumentException>()
            .WithParameterName("candidates").WithMessage("candidates[1] is null.*");
    }

    [Fact]
    public void A_profile_keeps_a_copy_of_what_it_was_given()
    {
        var work = new List<WorkPeriod> { Work("2020-01-01") };
        var profile = new CandidateProfile(workHistory: [.. work]);
        work.Clear();

        profile.WorkHistory.Should().ContainSingle();
        Engine.Check(profile, SkillLevel.Level4, AsOf).Should().Be(Verdict.Eligible);
    }

    [Fact]
    public void Rules_that_do_not_fit_the_standard_are_refused()
    {
        var text = new LocalizedText("条件", "condition");
        var foreign = new EligibilityRules("4-07-01-00", [new LevelRule(SkillLevel.Level4, new EducationCondition("1.9.1", "四级（4）", text, EducationLevel.JuniorCollege, true))]);
        var undefinedLevel = new EligibilityRules(This, [new LevelRule(SkillLevel.Level2, new EducationCondition("1.9.1", "二级", text, EducationLevel.Bachelor, true))]);
        var impossibleCertificate = new EligibilityRules(This, [new LevelRule(SkillLevel.Level4, new CertificateCondition("1.9.1", "四级", text, new CertificateSpec(SkillLevel.Level5, [CertificateKind.VocationalQualification])))]);
        var trainingWithoutHours = new EligibilityRules(This, [new LevelRule(SkillLevel.Level4, new PreparatoryTrainingCondition("1.9.1", "四级", text, SkillLevel.Level5))]);

        FluentActions.Invoking(() => new EligibilityEngine(Standards.Embedded, foreign)).Should().Throw<ModelRuleException>().Which.Rule.Should().Be(StandardRules.Consistency);
        FluentActions.Invoking(() => new EligibilityEngine(Standards.Embedded, undefinedLevel)).Should().Throw<ModelRuleException>().Which.Should().Match<ModelRuleException>(e => e.Rule == StandardRules.LevelDefined && e.Member == "levels[0].level");
        FluentActions.Invoking(() => new EligibilityEngine(Standards.Embedded, impossibleCertificate)).Should().Throw<ModelRuleException>().Which.Should().Match<ModelRuleException>(e => e.Rule == StandardRules.RuleConsistency && e.Member == "levels[0].condition.certificate.level");
        FluentActions.Invoking(() => new EligibilityEngine(Standards.Embedded, trainingWithoutHours)).Should().Throw<ModelRuleException>().Which.Member.Should().Be("levels[0].condition.level");
        FluentActions.Invoking(() => new AnyOfCondition("1.9.1", "四级", text, [])).Should().Throw<ModelRuleException>().Which.Rule.Should().Be(StandardRules.RuleConsistency);
        FluentActions.Invoking(() => new ContinuousServiceCondition("1.9.1", "四级", text, 0, OccupationScope.ThisOccupation)).Should().Throw<ModelRuleException>().Which.ParamName.Should().Be("years");
        FluentActions.Invoking(() => new CertificateSpec(SkillLevel.Level4, [])).Should().Throw<ModelRuleException>().Which.ParamName.Should().Be("kinds");
    }

    [Fact]
    public void The_engine_lists_its_levels_from_the_lowest_and_verdicts_read_per_level()
    {
        Engine.Levels.Should().Equal(SkillLevel.Level4, SkillLevel.Level3);

        var verdicts = Engine.CheckAll(Profile(work: [Work("2020-01-01")]), AsOf);
        var unknown = Engine.CheckAll(Profile(unknown: CandidateFacts.WorkHistory), AsOf);

        verdicts[SkillLevel.Level4].Should().Be(Verdict.Eligible);
        verdicts[SkillLevel.Level3].Should().Be(Verdict.NotEligible);
        verdicts[SkillLevel.Level5].Should().Be(Verdict.NotEligible);
        verdicts[default].Should().Be(Verdict.NotEligible);
        unknown[SkillLevel.Level4].Should().Be(Verdict.Indeterminate);
        verdicts.HighestEligible.Should().Be(SkillLevel.Level4);
        unknown.HighestEligible.Should().BeNull();
        verdicts.ToString().Should().Be("五级 NotEligible, 四级 Eligible, 三级 NotEligible, 二级 NotEligible, 一级 NotEligible");
        (verdicts != unknown).Should().BeTrue();
        (verdicts == Engine.CheckAll(Profile(work: [Work("2020-01-01")]), AsOf)).Should().BeTrue();
    }
}
