using System.Collections.Immutable;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Model;

public class RequirementTest
{
    private static readonly LocalizedText Text = new("创业服务的主要内容", "Main content of entrepreneurship services");
    private static readonly LocalizedText Note = new("印错", "Misprinted");

    [Fact]
    public void A_requirement_knows_its_place_and_citation()
    {
        var item = new Requirement(RequirementKind.Knowledge, SkillLevel.Level4, "3.1", "2.4.1", Text);

        item.Code.Should().Be("2.4.1");
        item.PrintedCode.Should().Be("2.4.1");
        item.IsCodeCorrected.Should().BeFalse();
        item.WorkContentCode.Should().Be("2.4");
        item.FunctionCode.Should().Be("2");
        item.Clause.Should().Be("3.1 / 2.4.1");
        item.CorrectedText.Should().Be(Text.Chinese);
        item.Corrections.Should().BeEmpty();
        item.ToString().Should().Be("四级 2.4.1 创业服务的主要内容");
    }

    [Fact]
    public void A_code_correction_places_the_item_by_the_corrected_code()
    {
        var item = new Requirement(RequirementKind.Knowledge, SkillLevel.Level4, "3.1", "3.2.2", Text, [new Correction(CorrectionTarget.Code, "3.2.2", "3.1.2", Note)]);

        item.Code.Should().Be("3.1.2");
        item.PrintedCode.Should().Be("3.2.2");
        item.WorkContentCode.Should().Be("3.1");
        item.IsCodeCorrected.Should().BeTrue();
    }

    public static TheoryData<string, Func<Requirement>, string, string> Invalid => new()
    {
        { "undefined level", () => new Requirement(RequirementKind.Skill, default, "3.1", "1.1.1", Text), "level", StandardRules.LevelDefined },
        { "two-part code", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.1", "1.1", Text), "code", StandardRules.CodeFormat },
        { "bad section", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3", "1.1.1", Text), "section", StandardRules.CodeFormat },
        { "null text", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.1", "1.1.1", null!), "text", StandardRules.Required },
        { "undefined kind", () => new Requirement((RequirementKind)9, SkillLevel.Level4, "3.1", "1.1.1", Text), "kind", StandardRules.UnknownValue },
        { "correction of another code", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.1", "1.1.1", Text, [new Correction(CorrectionTarget.Code, "1.1.2", "1.1.3", Note)]), "corrections[0].printed", StandardRules.Correction },
        { "corrected code malformed", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.1", "1.1.1", Text, [new Correction(CorrectionTarget.Code, "1.1.1", "1.1", Note)]), "corrections", StandardRules.CodeFormat },
        { "two code corrections", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.1", "1.1.1", Text, [new Correction(CorrectionTarget.Code, "1.1.1", "1.1.2", Note), new Correction(CorrectionTarget.Code, "1.1.1", "1.1.3", Note)]), "corrections[1].target", StandardRules.Correction },
        { "footnote anchor absent", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.1", "1.1.1", Text, default, new Footnote("①", "就业通用能力", Note)), "footnote.anchor", StandardRules.TextRequired },
        { "null entry in corrections", () => new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.1", "1.1.1", Text, ImmutableArray.Create(new Correction[] { null! })), "corrections[0]", StandardRules.Required },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Construction_names_the_member_and_the_rule_and_says_in_chinese_what_is_wrong(string why, Func<Requirement> create, string member, string rule)
    {
        var thrown = create.Should().Throw<ModelRuleException>(why).Which;

        thrown.Member.Should().Be(member);
        thrown.ParamName.Should().Be(member);
        thrown.Rule.Should().Be(rule);
        thrown.Message.Should().StartWith(member + ":").And.EndWith($"[{rule}]");
        ChineseMessages.ShouldBeInChinese(thrown, why);
    }

    [Fact]
    public void A_correction_must_change_something()
    {
        var act = () => new Correction(CorrectionTarget.Text, "同", "同", Note);

        act.Should().Throw<ModelRuleException>().Which.Rule.Should().Be(StandardRules.Correction);
    }

    [Fact]
    public void Keeps_the_equality_contract()
    {
        var item = new Requirement(RequirementKind.Skill, SkillLevel.Level3, "3.2", "2.4.1", Text);
        EqualityContract.Holds(
            item,
            new Requirement(RequirementKind.Skill, SkillLevel.Level3, "3.2", "2.4.1", new LocalizedText(Text.Chinese, Text.English)),
            new Requirement(RequirementKind.Knowledge, SkillLevel.Level3, "3.2", "2.4.1", Text),
            new Requirement(RequirementKind.Skill, SkillLevel.Level4, "3.2", "2.4.1", Text),
            new Requirement(RequirementKind.Skill, SkillLevel.Level3, "3.2", "2.4.2", Text),
            new Requirement(RequirementKind.Skill, SkillLevel.Level3, "3.2", "2.4.1", Text, [new Correction(CorrectionTarget.Text, Text.Chinese, "别的", Note)]));
    }
}
