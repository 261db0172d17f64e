using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Model;

/// <summary>
/// The invariants of the model that no document can break, because a reader gives a part the level and section of the
/// table it stands in: each is refused naming the member and the rule, and says in Chinese what is wrong.
/// </summary>
public class ModelInvariantTest
{
    private static readonly OccupationalStandard Shipped = Standards.Embedded;
    private static readonly LevelRequirements Table4 = Shipped.WorkRequirements.ForLevel(SkillLevel.Level4)!;
    private static readonly OccupationalFunction Function1 = Table4.Functions[0];
    private static readonly WorkContent Content11 = Function1.WorkContents[0];

    public static TheoryData<string, string, string> Broken => new()
    {
        { "a work content of another level", "workContents[0].level", StandardRules.LevelDefined },
        { "a work content of another table", "workContents[0].section", StandardRules.CodeUnderParent },
        { "a work content twice", "workContents[1].code", StandardRules.CodeUnique },
        { "a knowledge item among the skills", "skills[0].kind", StandardRules.UnknownValue },
        { "an item of another level", "skills[0].level", StandardRules.LevelDefined },
        { "an item of another table", "skills[0].section", StandardRules.CodeUnderParent },
        { "a function of another level", "functions[0].level", StandardRules.LevelDefined },
        { "a function of another table", "functions[0].section", StandardRules.CodeUnderParent },
        { "a function twice", "functions[1].code", StandardRules.CodeUnique },
        { "a basic-requirements section twice", "sections[1].code", StandardRules.CodeUnique },
        { "an assessment method twice", "methods", StandardRules.KindUnique },
        { "one weight table", "weightTables", StandardRules.KindUnique },
        { "a standard without levels", "levels", StandardRules.Required },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_invariant_names_the_member_and_the_rule_and_says_in_chinese_what_is_wrong(string what, string member, string rule)
    {
        var thrown = Building(what).Should().Throw<ModelRuleException>(what).Which;

        thrown.Should().Match<ModelRuleException>(e => e.Member == member && e.Rule == rule, what);
        ChineseMessages.ShouldBeInChinese(thrown, what);
    }

    [Fact]
    public void A_message_names_the_parts_of_the_standard_in_its_own_words()
    {
        Text(Building("a knowledge item among the skills")).Chinese.Should().Be("为相关知识要求，但此列表只收技能要求。");
        Text(Building("one weight table")).Chinese.Should().Be("技能要求权重表应恰有一张，实有 0 张。");
        Text(Building("an assessment method twice")).Chinese.Should().Be("理论知识考试应恰有一项，实有 2 项。");
        Text(() => _ = new WorkContent(Content11.Level, Content11.Section, Content11.Code, Content11.Name, [Content11.Skills[0], Content11.Skills[0]], Content11.Knowledge))
            .Should().Be(new LocalizedText("“1.1.1”在工作内容 1.1 的技能要求中出现两次。", "'1.1.1' appears twice among the Skill requirements of 1.1."));
    }

    private static LocalizedText Text(Action build) => build.Should().Throw<ModelRuleException>().Which.Text;

    private static Action Building(string what)
    {
        var assessment = Shipped.Assessment;
        var overview = Shipped.Overview;
        return what switch
        {
            "a work content of another level" => () => _ = new OccupationalFunction(SkillLevel.Level3, Function1.Section, Function1.Code, Function1.Name, Function1.WorkContents),
            "a work content of another table" => () => _ = new OccupationalFunction(Function1.Level, "3.9", Function1.Code, Function1.Name, Function1.WorkContents),
            "a work content twice" => () => _ = new OccupationalFunction(Function1.Level, Function1.Section, Function1.Code, Function1.Name, [Content11, Content11]),
            "a knowledge item among the skills" => () => _ = new WorkContent(Content11.Level, Content11.Section, Content11.Code, Content11.Name, Content11.Knowledge, Content11.Knowledge),
            "an item of another level" => () => _ = new WorkContent(SkillLevel.Level3, Content11.Section, Content11.Code, Content11.Name, Content11.Skills, Content11.Knowledge),
            "an item of another table" => () => _ = new WorkContent(Content11.Level, "3.9", Content11.Code, Content11.Name, Content11.Skills, Content11.Knowledge),
            "a function of another level" => () => _ = new LevelRequirements(SkillLevel.Level3, Table4.Section, Table4.Heading, Table4.Functions),
            "a function of another table" => () => _ = new LevelRequirements(Table4.Level, "3.9", Table4.Heading, Table4.Functions),
            "a function twice" => () => _ = new LevelRequirements(Table4.Level, Table4.Section, Table4.Heading, [Function1, Function1]),
            "a basic-requirements section twice" => () => _ = new BasicRequirements([Shipped.BasicRequirements.Sections[0], Shipped.BasicRequirements.Sections[0]]),
            "an assessment method twice" => () => _ = new AssessmentRequirements(
                assessment.ApplicationConditions, assessment.MethodsText, [assessment.Methods[0], assessment.Methods[0]], assessment.Scoring, assessment.StaffingText,
                assessment.Staffing, assessment.DurationsText, assessment.Durations, assessment.Venue),
            "one weight table" => () => _ = new OccupationalStandard(
                Shipped.Edition, Shipped.Headings, overview, assessment, Shipped.BasicRequirements, Shipped.WorkRequirements, [Shipped.WeightTables[0]]),
            "a standard without levels" => () => _ = new OccupationOverview(
                overview.Name, overview.NameCorrections, overview.Code, overview.Definition, overview.LevelsText, [], overview.Environment, overview.AbilityTraits,
                overview.GeneralEducation, overview.TrainingHoursText),
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, "no such case in this test"),
        };
    }
}
