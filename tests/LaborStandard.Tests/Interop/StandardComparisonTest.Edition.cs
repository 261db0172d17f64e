using LaborStandard.Interop;
using LaborStandard.Interop.Editions;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Interop;

/// <summary>A final edition made from the draft by known changes: the comparison reports those and nothing else.</summary>
public partial class StandardComparisonTest
{
    private const string NewSkill = "能够为服务对象提供创业项目推介服务";

    private static readonly Lazy<OccupationalStandard> Final = new(() => Edited(document =>
    {
        // 1. The edition is published as 1.0.0.
        document["edition"]!["status"] = "published";
        document["edition"]!["version"] = "1.0.0";

        // 2. 三级 training hours 80 → 90 (1.8).
        document["overview"]!["levels"]!.AsArray().Single(l => (int)l!["level"]! == 3)!["trainingHours"] = 90;

        // 3. 四级 application condition (2): two years → three years (1.9.1).
        document["assessment"]!["applicationConditions"]![0]!["items"]![1]!["text"]!["zh"] = "在本职业连续工作三年以上。";

        // 4. Pass mark 60 → 70 (1.9.2); skill assessment at least 150 minutes instead of 120 (1.9.4).
        document["assessment"]!["scoring"]!["passMark"] = 70;
        document["assessment"]!["durations"]!.AsArray().Single(d => (string)d!["kind"]! == "skill")!["minimumMinutes"] = 150;

        // 5. 四级 work content 2.5 renamed.
        Content(document, 4, "2.5")["name"]!["zh"] = "就业援助与帮扶服务";

        // 6. 四级 2.4: a new skill 2.4.2; the old 2.4.2 and 2.4.3 become 2.4.3 and 2.4.4.
        var skills = Content(document, 4, "2.4")["skills"]!.AsArray();
        skills[2]!["code"] = "2.4.4";
        skills[1]!["code"] = "2.4.3";
        skills.Insert(1, Item("2.4.2", NewSkill, "Able to recommend start-up projects to service users"));

        // 7. 四级 knowledge 1.1.7 removed.
        Content(document, 4, "1.1")["knowledge"]!.AsArray().RemoveAt(6);

        // 8. 三级 function 4 renamed.
        Level(document, 3)["functions"]![3]!["name"]!["zh"] = "退休人员社会化管理服务";

        // 9. 三级 skill 2.4.2 reworded.
        Content(document, 3, "2.4")["skills"]![1]!["text"]!["zh"] = "能够协助担保机构和经办金融机构催收到期的创业担保贷款";

        // 10. 三级 skill 5.2.4 moved to work content 5.1 as 5.1.4.
        var moved = Content(document, 3, "5.2")["skills"]!.AsArray()[3]!;
        Content(document, 3, "5.2")["skills"]!.AsArray().Remove(moved);
        moved["code"] = "5.1.4";
        Content(document, 3, "5.1")["skills"]!.AsArray().Add(moved);

        // 11. Theory weights of 三级: function 2 20 → 25, function 3 15 → 10 (4.1; the column still sums to 100).
        var theory = document["weightTables"]!.AsArray().Single(t => (string)t!["kind"]! == "theory")!["rows"]!.AsArray();
        theory.Single(r => (string)r!["target"]!["code"]! == "2")!["weights"]![1]!["percent"] = 25;
        theory.Single(r => (string)r!["target"]!["code"]! == "3")!["weights"]![1]!["percent"] = 10;
    }));

    [Fact]
    public void The_diff_of_the_draft_and_a_changed_copy_reports_exactly_the_changes_made()
    {
        var diff = StandardComparison.Compare(Draft, Final.Value);

        diff.Changes.Select(Head).Should().Equal(
            (ChangeKind.EditionChanged, "edition", null),
            (ChangeKind.EditionChanged, "edition", null),
            (ChangeKind.TrainingHoursChanged, "1.8", 3),
            (ChangeKind.ApplicationConditionChanged, "1.9.1", 4),
            (ChangeKind.AssessmentParameterChanged, "1.9.2", null),
            (ChangeKind.AssessmentParameterChanged, "1.9.4", null),
            (ChangeKind.WorkContentRenamed, "3.1 / 2.5", 4),
            (ChangeKind.RequirementAdded, "3.1 / 2.4.2", 4),
            (ChangeKind.RequirementRecoded, "3.1 / 2.4.3", 4),
            (ChangeKind.RequirementRecoded, "3.1 / 2.4.4", 4),
            (ChangeKind.RequirementRemoved, "3.1 / 1.1.7", 4),
            (ChangeKind.FunctionRenamed, "3.2 / 4", 3),
            (ChangeKind.RequirementReworded, "3.2 / 2.4.2", 3),
            (ChangeKind.RequirementMoved, "3.2 / 5.1.4", 3),
            (ChangeKind.WeightChanged, "4.1", 3),
            (ChangeKind.WeightChanged, "4.1", 3));
    }

    [Fact]
    public void Each_change_carries_its_old_and_new_values()
    {
        var changes = StandardComparison.Compare(Draft, Final.Value).Changes;

        changes.OfType<EditionChange>().Select(c => (c.Field, c.Before, c.After)).Should().Equal(
            (EditionField.Status, "DraftForComment", "Published"),
            (EditionField.Version, "1.0.0-draft", "1.0.0"));
        changes.OfType<TrainingHoursChange>().Single().Should().Match<TrainingHoursChange>(c => c.Before == 80 && c.After == 90);
        changes.OfType<ApplicationConditionChange>().Single().Should().Match<ApplicationConditionChange>(
            c => c.Number == 2 && c.Before!.Chinese == "在本职业连续工作两年以上。" && c.After!.Chinese == "在本职业连续工作三年以上。");
        changes.OfType<AssessmentParameterChange>().Select(c => (c.Parameter, c.Assessment, c.Before, c.After)).Should().Equal(
            (AssessmentParameter.PassMark, (AssessmentKind?)null, "60", "70"),
            (AssessmentParameter.MinimumMinutes, AssessmentKind.Skill, "120", "150"));
        changes.OfType<StructureChange>().Select(c => (c.Code, c.Before!.Chinese, c.After!.Chinese)).Should().Equal(
            ("2.5", "就业援助服务", "就业援助与帮扶服务"),
            ("4", "退休人员社会化服务", "退休人员社会化管理服务"));
        changes.OfType<WeightChange>().Select(c => (c.Table, c.Target.Code, c.Before, c.After)).Should().Equal(
            (AssessmentKind.Theory, "2", (int?)20, (int?)25),
            (AssessmentKind.Theory, "3", (int?)15, (int?)10));

        var requirements = changes.OfType<RequirementChange>().ToList();
        requirements[0].After!.Text.Chinese.Should().Be(NewSkill);
        requirements[0].Before.Should().BeNull();
        requirements[1].Before!.Code.Should().Be("2.4.2");
        requirements[1].After!.Text.Should().Be(requirements[1].Before!.Text, "a recoded item keeps its text");
        requirements[3].RequirementKind.Should().Be(RequirementKind.Knowledge);
        requirements[3].After.Should().BeNull();
        requirements[5].Before!.Clause.Should().Be("3.2 / 5.2.4");
        requirements[5].After!.Text.Should().Be(requirements[5].Before!.Text);
    }

    [Fact]
    public void Each_change_reads_as_a_line()
    {
        var lines = StandardComparison.Compare(Draft, Final.Value).Changes.Select(c => c.ToString()).ToList();

        lines.Should().Contain([
            "edition Version: 1.0.0-draft → 1.0.0",
            "三级 1.8 training hours: 80 → 90 标准学时",
            "四级 1.9.1 condition （2）: 「在本职业连续工作两年以上。」 → 「在本职业连续工作三年以上。」",
            "1.9.2 PassMark: 60 → 70",
            "1.9.4 Skill MinimumMinutes: 120 → 150",
            "四级 3.1 / 2.5 work content 「就业援助服务」 → 「就业援助与帮扶服务」",
            $"四级 skill 3.1 / 2.4.2 added: 「{NewSkill}」",
            "四级 skill recoded 3.1 / 2.4.2 → 3.1 / 2.4.3: 「能够为服务对象介绍创业担保贷款政策」",
            "三级 skill moved 3.2 / 5.2.4 → 3.2 / 5.1.4: 「能够接待小规模群众来访，了解情况，及时向相关方面反映，并协助解决实际问题」",
            "三级 4.1 就业创业服务 (Function 2): 20% → 25%",
        ]);
    }

    [Fact]
    public void The_diff_reads_as_a_report()
    {
        var diff = StandardComparison.Compare(Draft, Final.Value);

        var lines = diff.ToString().Split('\n');

        lines[0].Should().Be("3-01-01-02 1.0.0-draft → 3-01-01-02 1.0.0: 16 changes");
        lines.Skip(1).Should().Equal(diff.Changes.Select(c => "  " + c));
    }

    [Fact]
    public void The_diff_can_be_taken_by_kind_and_by_level()
    {
        var diff = StandardComparison.Compare(Draft, Final.Value);

        diff.OfKind(ChangeKind.RequirementRecoded).Should().HaveCount(2);
        diff.ForLevel(SkillLevel.Level3).Select(c => c.Kind).Should().Equal(
            ChangeKind.TrainingHoursChanged, ChangeKind.FunctionRenamed, ChangeKind.RequirementReworded, ChangeKind.RequirementMoved, ChangeKind.WeightChanged, ChangeKind.WeightChanged);
        diff.From.Should().Be(Draft.Edition);
        diff.To.Should().Be(Final.Value.Edition);
    }

    [Fact]
    public void Comparing_the_other_way_round_reports_the_inverse_changes()
    {
        var back = StandardComparison.Compare(Final.Value, Draft);

        back.OfKind(ChangeKind.RequirementRemoved).Cast<RequirementChange>().Single().Before!.Text.Chinese.Should().Be(NewSkill);
        back.OfKind(ChangeKind.RequirementAdded).Cast<RequirementChange>().Single().After!.Code.Should().Be("1.1.7");
        back.OfKind(ChangeKind.RequirementRecoded).Should().HaveCount(2);
        back.OfKind(ChangeKind.RequirementMoved).Cast<RequirementChange>().Single().After!.Clause.Should().Be("3.2 / 5.2.4");
        back.Changes.Should().HaveSameCount(StandardComparison.Compare(Draft, Final.Value).Changes);
    }

    [Fact]
    public void Comparing_twice_gives_equal_changes()
        => StandardComparison.Compare(Draft, Final.Value).Changes.Should().Equal(StandardComparison.Compare(Draft, Final.Value).Changes);

    [Fact]
    public void A_standard_compared_with_itself_or_an_equal_copy_has_no_changes()
    {
        var copy = StandardDocument.Parse(Standards.ReadEmbeddedJson());

        StandardComparison.Compare(Draft, Draft).IsEmpty.Should().BeTrue();
        var diff = StandardComparison.Compare(Draft, copy);
        diff.IsEmpty.Should().BeTrue();
        diff.ToString().Should().Be("3-01-01-02 1.0.0-draft → 3-01-01-02 1.0.0-draft: no changes");
    }

    [Fact]
    public void A_standard_read_back_from_its_CASE_package_has_no_changes()
        => StandardComparison.Compare(Draft, CasePackage.Parse(CasePackage.ToJson(Draft, CaseTestOptions.Default))).IsEmpty.Should().BeTrue();

    [Fact]
    public void Bad_arguments_are_refused_with_their_names()
    {
        FluentActions.Invoking(() => StandardComparison.Compare(null!, Draft)).Should().Throw<ArgumentNullException>().WithParameterName("from");
        FluentActions.Invoking(() => StandardComparison.Compare(Draft, null!)).Should().Throw<ArgumentNullException>().WithParameterName("to");
    }
}
