using LaborStandard.Model;

namespace LaborStandard.Tests.Data;

/// <summary>Chapter 1 of the shipped dataset: edition, overview, levels, assessment parameters.</summary>
public partial class ShippedStandardTest
{
    [Fact]
    public void The_edition_is_the_draft_for_comment_of_3_01_01_02()
    {
        var edition = Standard.Edition;

        edition.Title.Chinese.Should().Be("社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿）");
        edition.OccupationCode.Should().Be("3-01-01-02").And.Be(Standards.EmbeddedOccupationCode);
        edition.Status.Should().Be(EditionStatus.DraftForComment);
        edition.Language.Should().Be("zh-CN");
        edition.Version.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_overview_holds_clauses_1_1_to_1_8_verbatim()
    {
        var overview = Standard.Overview;

        overview.Name.Chinese.Should().Be("社区工作者（劳动保障专理员）");
        overview.Code.Should().Be("3-01-01-02");
        overview.Definition.Chinese.Should().Be("在街道（乡镇）、社区（行政村）等基层公共服务平台从事劳动就业、社会保障等服务和相关事务工作的人员。");
        overview.Environment.Chinese.Should().Be("室内、外，常温。");
        overview.AbilityTraits.Chinese.Should().Be("具有较好的学习、理解、表达、沟通和组织协调能力。");
        overview.GeneralEducation.Chinese.Should().Be("高中毕业（或同等学力）。");
        overview.TrainingHoursText.Chinese.Should().Be("四级（中级劳动保障专理员）∕中级工 100 标准学时；三级（高级劳动保障专理员）∕高级工 80 标准学时。");
    }

    [Fact]
    public void The_standard_defines_levels_four_and_three_with_titles_and_training_hours()
    {
        Standard.Levels.Select(l => (l.Level, l.Title.Chinese, l.TrainingHours)).Should().Equal(
            (SkillLevel.Level4, "中级劳动保障专理员", 100),
            (SkillLevel.Level3, "高级劳动保障专理员", 80));
        Standard.Defines(SkillLevel.Level5).Should().BeFalse();
        Standard.Defines(SkillLevel.Level2).Should().BeFalse();
        Standard.Invoking(s => s.GetLevel(SkillLevel.Level1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("level").WithMessage("*does not define 一级/高级技师*");
    }

    [Fact]
    public void The_application_conditions_of_1_9_1_are_kept_as_printed()
    {
        var four = Standard.Assessment.FindApplicationConditions(SkillLevel.Level4)!;
        var three = Standard.Assessment.FindApplicationConditions(SkillLevel.Level3)!;

        Standard.Assessment.FindApplicationConditions(SkillLevel.Level2).Should().BeNull("1.9.1 gives conditions for 四级 and 三级 only");
        four.Preamble.Chinese.Should().Be("具备以下条件之一者，可以申报四级（中级劳动保障专理员）∕中级工：");
        four.Items.Select(i => i.ToString()).Should().Equal(
            "（1）经本职业中级（四级）预备培训达规定标准学时数，并取得结业证书。",
            "（2）在本职业连续工作两年以上。",
            "（3）技工院校（职业院校）毕业学年的学生。",
            "（4）具有大学专科及以上学历（含同等学力）。");
        three.Items.Select(i => i.ToString()).Should().Equal(
            "（1）取得本职业四级职业资格证书后，连续从事本职业一年以上，经本职业高级（三级）预备培训达规定标准学时数，并取得结业证书。",
            "（2）取得本职业四级职业资格证书后，连续从事本职业二年以上。",
            "（3）技工院校技师班毕业生连续从事相关职业一年以上。",
            "（4）具有大学本科学历（含同等学力），连续从事相关职业一年以上。");
    }

    [Fact]
    public void The_assessment_parameters_of_1_9_2_to_1_9_4_are_typed()
    {
        var assessment = Standard.Assessment;

        assessment.Scoring.FullMarks.Should().Be(100);
        assessment.Scoring.PassMark.Should().Be(60);
        assessment.GetStaffing(AssessmentKind.Theory).Should().BeEquivalentTo(new
        {
            Role = StaffRole.Proctor, CandidatesPerStaff = 15, MinimumStaff = 2, Scope = StaffingScope.PerRoom, RequiresOddCount = false,
        });
        assessment.GetStaffing(AssessmentKind.Skill).Should().BeEquivalentTo(new
        {
            Role = StaffRole.Evaluator, CandidatesPerStaff = 15, MinimumStaff = 3, Scope = StaffingScope.PerAssessment, RequiresOddCount = true,
        });
        assessment.GetDuration(AssessmentKind.Theory).MinimumDuration.Should().Be(TimeSpan.FromMinutes(90));
        assessment.GetDuration(AssessmentKind.Skill).MinimumMinutes.Should().Be(120);
        assessment.GetMethod(AssessmentKind.Theory).Name.Chinese.Should().Be("理论知识考试");
        assessment.GetMethod(AssessmentKind.Skill).Name.Chinese.Should().Be("技能考核");
    }

    [Fact]
    public void The_headings_of_the_sections_are_kept()
    {
        Standard.FindHeading("1.9.3")!.Title.Chinese.Should().Be("监考人员、考评人员与考生配比");
        Standard.FindHeading("1.1")!.Title.Chinese.Should().Be("职业(工种）名称", "the mixed brackets are printed so");
        Standard.FindHeading("3.2")!.Title.Chinese.Should().Be("三级（高级劳动保障专理员）/高级工");
        Standard.FindHeading("9.9").Should().BeNull();
    }
}
