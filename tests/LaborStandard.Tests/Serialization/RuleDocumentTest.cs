using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Serialization;

/// <summary>Rule documents: the shipped rules, round trips, and the errors a caller's document can have.</summary>
public class RuleDocumentTest
{
    private const string Certificate = "$.levels[1].condition.conditions[0].conditions[0].certificate";

    private static readonly string Shipped = Standards.ReadEmbeddedRulesJson();

    [Fact]
    public void The_shipped_rules_round_trip_and_are_in_canonical_form()
    {
        var json = RuleDocument.ToJson(Standards.EmbeddedRules);

        json.Should().Be(Shipped);
        RuleDocument.Parse(json, Standards.Embedded).Should().Be(Standards.EmbeddedRules);
    }

    [Fact]
    public void The_shipped_rules_cover_both_levels_with_the_four_printed_alternatives()
    {
        var rules = Standards.EmbeddedRules;

        rules.OccupationCode.Should().Be("3-01-01-02");
        rules.Levels.Select(l => l.Level).Should().Equal(SkillLevel.Level4, SkillLevel.Level3);
        foreach (var rule in rules.Levels)
        {
            var printed = Standards.Embedded.Assessment.FindApplicationConditions(rule.Level)!;
            rule.Condition.Should().BeOfType<AnyOfCondition>();
            rule.Condition.Text.Should().Be(printed.Preamble, "the root carries the preamble of 1.9.1 as printed");
            rule.Condition.Conditions.Select(c => c.Text).Should().Equal(printed.Items.Select(i => i.Text), "each alternative carries its printed item");
        }
    }

    [Fact]
    public void The_text_of_every_part_of_an_alternative_is_a_verbatim_fragment_of_the_printed_item()
    {
        foreach (var rule in Standards.EmbeddedRules.Levels)
        {
            var printed = Standards.Embedded.Assessment.FindApplicationConditions(rule.Level)!;
            for (var i = 0; i < rule.Condition.Conditions.Length; i++)
            {
                var alternative = rule.Condition.Conditions[i];
                alternative.Item.Should().Be($"{rule.Level.ChineseName}（{i + 1}）");
                foreach (var part in alternative.Conditions)
                {
                    printed.Items[i].Text.Chinese.Should().Contain(part.Text.Chinese);
                    part.Item.Should().Be(alternative.Item);
                }
            }
        }
    }

    // A path of the shipped rules, the value (as JSON) that breaks them there, and the rule broken.
    public static TheoryData<string, string, string> BrokenRules => new()
    {
        { "$.levels[0].condition.conditions[1].type", "\"evalExpression\"", StandardRules.UnknownPredicate },
        { "$.levels[0].condition.conditions[1].years", "0", StandardRules.RuleConsistency },
        { "$.levels[0].condition.conditions[1].occupations", "\"everyone\"", StandardRules.UnknownValue },
        { "$.levels[0].condition.conditions[3].minimum", "\"kindergarten\"", StandardRules.UnknownValue },
        { Certificate + ".kinds[0]", "\"honorary\"", StandardRules.UnknownValue },
        { "$.levels[0].level", "9", StandardRules.LevelDefined },
        { "$.levels[0].condition.conditions[0].text.zh", "\"\"", StandardRules.TextRequired },
        { "$.levels[0].condition.conditions[0].clause", "\"one\"", StandardRules.CodeFormat },
        { "$.formatVersion", "3", StandardRules.FormatVersion },
        { "$.levels[0].condition.conditions[0].years", "2", StandardRules.JsonUnknownMember },
        { "$.levels", "[]", StandardRules.Required },
        { "$.levels[1].level", "4", StandardRules.LevelUnique },
        { "$.levels[0].condition.conditions", "[]", StandardRules.RuleConsistency },
        { "$.levels[0].condition.conditions[1]", "null", StandardRules.Required },
        { Certificate + ".kinds", "[]", StandardRules.RuleConsistency },
        { "$.levels[0].condition.conditions[2].schools", "[]", StandardRules.RuleConsistency },
        { "$.levels[0].condition.conditions[2].schools[1]", "\"technicalSchool\"", StandardRules.CodeUnique },
        { "$.occupationCode", "\"4-07-01-00\"", StandardRules.Consistency },
        { "$.levels[0].level", "5", StandardRules.LevelDefined },
        { "$.levels[0].condition.conditions[0].level", "5", StandardRules.LevelDefined },
        { Certificate + ".level", "5", StandardRules.RuleConsistency },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void A_broken_rule_document_is_rejected_at_the_path(string path, string value, string rule)
    {
        var result = RuleDocument.Read(Break(path, value), Standards.Embedded);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Path == path && e.Rule == rule, string.Join("\n", result.Errors));
    }

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Every_error_of_a_broken_rule_document_says_in_chinese_what_is_wrong(string path, string value, string rule)
    {
        var errors = RuleDocument.Read(Break(path, value), Standards.Embedded).Errors;

        errors.Should().Contain(e => e.Rule == rule);
        ChineseMessages.ShouldAllBeInChinese(errors);
    }

    [Fact]
    public void A_member_the_predicate_does_not_use_is_rejected()
    {
        var json = JsonEdit.Set(Shipped, "$.levels[0].condition.conditions[0].years", 2);

        var error = RuleDocument.Read(json).Errors.Should().ContainSingle().Which;

        error.Path.Should().Be("$.levels[0].condition.conditions[0].years");
        error.Message.English.Should().Contain("does not apply to a preparatoryTraining condition");
    }

    [Fact]
    public void An_expression_string_has_nowhere_to_go()
    {
        var json = JsonEdit.Set(Shipped, "$.levels[0].condition.conditions[0].expression", "input.Years >= 2");

        RuleDocument.Read(json).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonUnknownMember);
    }

    [Fact]
    public void Rules_are_checked_against_the_standard_when_it_is_given()
    {
        var foreign = JsonEdit.Set(Shipped, "$.occupationCode", "4-07-01-00");
        var impossible = JsonEdit.Set(Shipped, "$.levels[1].condition.conditions[0].conditions[0].certificate.level", 5);

        RuleDocument.Read(foreign).IsValid.Should().BeTrue("without a standard only the document itself is checked");
        RuleDocument.Read(foreign, Standards.Embedded).Errors.Should().ContainSingle().Which.Should().Match<DocumentError>(e => e.Path == "$.occupationCode" && e.Rule == StandardRules.Consistency);
        RuleDocument.Read(impossible, Standards.Embedded).Errors.Should().ContainSingle().Which.Should().Match<DocumentError>(
            e => e.Path == "$.levels[1].condition.conditions[0].conditions[0].certificate.level" && e.Rule == StandardRules.RuleConsistency);
    }

    [Fact]
    public void A_local_policy_may_accept_both_kinds_of_certificate()
    {
        var json = Shipped.Replace("\"vocationalQualification\"", "\"vocationalQualification\", \"skillLevel\"", StringComparison.Ordinal);
        var rules = RuleDocument.Parse(json, Standards.Embedded);
        var engine = new LaborStandard.Eligibility.EligibilityEngine(Standards.Embedded, rules);
        var holder = new LaborStandard.Eligibility.CandidateProfile(
            new LaborStandard.Eligibility.EducationRecord(LaborStandard.Eligibility.Rules.EducationLevel.SeniorSecondary),
            schooling: [],
            trainings: [],
            certificates: [new LaborStandard.Eligibility.Certificate("3-01-01-02", SkillLevel.Level4, LaborStandard.Eligibility.Rules.CertificateKind.SkillLevel, new DateOnly(2020, 1, 1))],
            workHistory: [new LaborStandard.Eligibility.WorkPeriod("3-01-01-02", new DateOnly(2019, 1, 1))]);

        engine.Check(holder, SkillLevel.Level3, new DateOnly(2026, 11, 29)).Should().Be(LaborStandard.Eligibility.Verdict.Eligible);
        Standards.EmbeddedEngine.Check(holder, SkillLevel.Level3, new DateOnly(2026, 11, 29)).Should().Be(LaborStandard.Eligibility.Verdict.NotEligible);
    }

    private static string Break(string path, string value) => JsonEdit.Set(Shipped, path, System.Text.Json.Nodes.JsonNode.Parse(value));
}
