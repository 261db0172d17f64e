using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// The seed's 1.9.1 accepts only the 职业资格证书. The shipped rules "skill-level-certificates" also accept a
/// 职业技能等级证书 of the same level; the default rules say, where they ignore one, which rules would not.
/// </summary>
public class SkillLevelCertificateRulesTest
{
    private static readonly DateOnly AsOf = D("2026-11-29");

    // A 四级 skill level certificate and five years of continuous work since: 三级（2） by the extended rules only.
    private static readonly CandidateProfile Holder = Profile(
        certificates: [Cert(4, "2021-06-30", CertificateKind.SkillLevel)],
        work: [Work("2021-07-01")]);

    [Fact]
    public void The_default_rules_do_not_count_a_skill_level_certificate_and_name_the_rules_that_would()
    {
        var decision = Standards.EmbeddedEngine.Evaluate(Holder, SkillLevel.Level3, AsOf);

        decision.Verdict.Should().Be(Verdict.NotEligible);
        var reasons = decision.Alternatives[1].Children[0].Evidence.Select(e => e.Description).ToList();
        reasons.Should().ContainSingle().Which.Chinese.Should().Contain("职业技能等级证书不计").And.Contain("skill-level-certificates");
        reasons[0].English.Should().Contain("skill-level-certificates");
    }

    [Fact]
    public void The_extended_rules_count_it_for_the_same_level()
    {
        var engine = new EligibilityEngine(Standards.Embedded, Standards.Rules(Standards.SkillLevelCertificateRulesName));

        var decision = engine.Evaluate(Holder, SkillLevel.Level3, AsOf);

        decision.Verdict.Should().Be(Verdict.Eligible);
        decision.HoldingConditions.Should().Equal(2);
        decision.EligibleSince.Should().Be(D("2023-06-30"), "two years of continuous work after the certificate");
    }

    [Fact]
    public void The_extended_rules_differ_from_the_seed_only_in_the_kinds_accepted_and_say_so_in_their_texts()
    {
        var seed = Standards.EmbeddedRules;
        var extended = Standards.Rules("SKILL-LEVEL-CERTIFICATES");

        extended.Levels.Select(l => l.Level).Should().Equal(seed.Levels.Select(l => l.Level));
        extended.Levels.Should().OnlyContain(l => l.Condition.Text.Chinese.Contains("非征求意见稿原文", StringComparison.Ordinal));
        seed.Levels.Should().OnlyContain(l => !l.Condition.Text.Chinese.Contains("扩展", StringComparison.Ordinal));
        Standards.Rules("default").Should().BeSameAs(seed);
    }

    [Fact]
    public void The_sample_is_the_shipped_document_and_unknown_names_are_refused_with_the_names()
    {
        var sample = File.ReadAllText(Path.Combine(Support.Repository.Root, "samples", "rules", "skill-level-certificates.json"));
        using var resource = typeof(Standards).Assembly.GetManifestResourceStream("LaborStandard.Data.rules-3-01-01-02-skill-level-certificates.json")!;
        sample.Should().Be(new StreamReader(resource).ReadToEnd());

        FluentActions.Invoking(() => Standards.Rules("lenient")).Should().Throw<ArgumentException>().WithMessage("*default, skill-level-certificates*");
        Standards.TryGetRules(null, out _).Should().BeFalse();
    }
}
