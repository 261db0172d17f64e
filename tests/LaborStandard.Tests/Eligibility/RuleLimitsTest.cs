using System.Collections.Immutable;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Eligibility;

/// <summary>A rule set cannot hurt the engine: values, depth and size are bounded, and a value out of bounds is a validation error naming its path, never a crash.</summary>
public class RuleLimitsTest
{
    private static readonly string Shipped = Standards.ReadEmbeddedRulesJson();
    private static readonly LocalizedText Words = new("条件", "condition");

    [Theory]
    [InlineData("$.levels[0].condition.conditions[1].years", 51, "rule-range")]
    [InlineData("$.levels[0].condition.conditions[1].years", 2147483647, "rule-range")]
    [InlineData("$.levels[0].condition.conditions[1].years", 0, "rule-consistency")]
    [InlineData("$.levels[0].condition.conditions[0].requiredHours", 10_001, "rule-range")]
    public void A_value_out_of_bounds_is_an_error_at_its_path(string path, int value, string rule)
    {
        var result = RuleDocument.Read(JsonEdit.Set(Shipped, path, value), Standards.Embedded);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<DocumentError>(e => e.Rule == rule && e.Path == path);
        result.Errors[0].Message.Chinese.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Theory]
    [InlineData(50)]
    [InlineData(1)]
    public void Values_at_the_bounds_are_accepted_and_decided(int years)
    {
        var rules = RuleDocument.Parse(JsonEdit.Set(Shipped, "$.levels[0].condition.conditions[1].years", years), Standards.Embedded);
        var engine = new EligibilityEngine(Standards.Embedded, rules);

        var decision = engine.Evaluate(Candidates.Profile(work: [Candidates.Work("1950-01-01")]), SkillLevel.Level4, new DateOnly(9999, 12, 31));

        decision.Verdict.Should().Be(Verdict.Eligible);
    }

    [Fact]
    public void A_tree_deeper_than_the_bound_is_refused()
    {
        Condition condition = Leaf();
        for (var depth = 2; depth <= RuleLimits.MaxDepth; depth++)
        {
            condition = new AllOfCondition("1.9.1", "x", Words, [condition]);
        }

        var deepest = condition;
        FluentActions.Invoking(() => new AnyOfCondition("1.9.1", "x", Words, [deepest]))
            .Should().Throw<ModelRuleException>().Where(e => e.Rule == StandardRules.RuleDepth && e.Text.Chinese.Contains("上限 8 层", StringComparison.Ordinal));
    }

    [Fact]
    public void A_level_with_more_conditions_than_the_bound_is_refused_and_one_at_the_bound_is_decided()
    {
        var most = ImmutableArray.CreateRange(Enumerable.Range(0, RuleLimits.MaxConditions - 1).Select(_ => (Condition)Leaf()));
        var atBound = new AnyOfCondition("1.9.1", "x", Words, most);
        var engine = new EligibilityEngine(Standards.Embedded, new EligibilityRules("3-01-01-02", [new LevelRule(SkillLevel.Level4, atBound)]));

        engine.Check(Candidates.Profile(work: [Candidates.Work("2020-01-01")]), SkillLevel.Level4, new DateOnly(2026, 11, 29)).Should().Be(Verdict.Eligible);
        FluentActions.Invoking(() => new AnyOfCondition("1.9.1", "x", Words, most.Add(Leaf())))
            .Should().Throw<ModelRuleException>().Where(e => e.Rule == StandardRules.RuleSize);
    }

    [Fact]
    public void A_text_longer_than_the_bound_is_refused()
    {
        var result = RuleDocument.Read(JsonEdit.Set(Shipped, "$.levels[0].condition.text.zh", new string('长', RuleLimits.MaxTextLength + 1)), Standards.Embedded);

        result.Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.RuleRange);
    }

    private static ContinuousServiceCondition Leaf() => new("1.9.1", "x", Words, 2, OccupationScope.ThisOccupation, null);
}
