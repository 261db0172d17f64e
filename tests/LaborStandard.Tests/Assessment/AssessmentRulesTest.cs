using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Tests.Assessment;

/// <summary>The rules of a standard in one place.</summary>
public class AssessmentRulesTest
{
    [Fact]
    public void The_rules_are_built_over_one_standard()
    {
        var rules = new AssessmentRules(Standards.Embedded);

        rules.Standard.Should().BeSameAs(Standards.Embedded);
        rules.Scoring.Rule.Should().BeSameAs(Standards.Embedded.Assessment.Scoring);
        rules.Staffing.RuleFor(AssessmentKind.Skill).Should().BeSameAs(Standards.Embedded.Assessment.GetStaffing(AssessmentKind.Skill));
        rules.Timetable.MinimumDuration(AssessmentKind.Theory).Should().Be(Standards.Embedded.Assessment.GetDuration(AssessmentKind.Theory).MinimumDuration);
        rules.Training.StandardHours(SkillLevel.Level4).Should().Be(Standards.Embedded.GetLevel(SkillLevel.Level4).TrainingHours);
        rules.Blueprints.Build(AssessmentKind.Theory, SkillLevel.Level4, 100).Rows.Should().HaveCount(7);
        rules.ToString().Should().StartWith("Assessment rules of ");
    }

    [Fact]
    public void A_missing_standard_is_refused_naming_the_argument()
        => FluentActions.Invoking(() => new AssessmentRules(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "standard");

    [Fact]
    public void The_clauses_are_those_of_the_national_template()
    {
        // Each clause the rules cite is a heading of the shipped standard with the expected title.
        var standard = Standards.Embedded;

        standard.FindHeading(AssessmentClauses.TrainingHours)!.Title.Chinese.Should().Be("培训参考学时");
        standard.FindHeading(AssessmentClauses.Scoring)!.Title.Chinese.Should().Be("鉴定方式");
        standard.FindHeading(AssessmentClauses.Staffing)!.Title.Chinese.Should().Be("监考人员、考评人员与考生配比");
        standard.FindHeading(AssessmentClauses.Durations)!.Title.Chinese.Should().Be("鉴定时间");
        standard.FindHeading(AssessmentClauses.Venue)!.Title.Chinese.Should().Be("鉴定场所设备");
    }
}
