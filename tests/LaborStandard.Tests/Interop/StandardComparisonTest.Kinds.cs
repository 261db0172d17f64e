using System.Text.Json.Nodes;
using LaborStandard.Interop.Editions;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Interop;

/// <summary>One edit at a time: each is reported as the change it is, and as nothing else.</summary>
public partial class StandardComparisonTest
{
    /// <summary>An edit of the shipped document and the one line the comparison must report for it.</summary>
    public static TheoryData<string, string> SingleEdits => new()
    {
        { "heading reworded", "1.9.1 heading: 「申报条件」 → 「申报条件和要求」" },
        { "definition translated anew", "1.3 definition: 「Personnel who engage in labour and employment, social security and other services and related affairs at grassroots public service platforms such as sub-districts (townships) and communities (administrative villages).」 → 「Grassroots labour and social security workers.」" },
        { "title correction withdrawn", "edition corrections of the title: [社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿） → 社区工作者（劳动保障协理员）国家职业技能标准（征求意见稿）] → []" },
        { "proctors for 20 candidates", "1.9.3 Theory CandidatesPerStaff: 15 → 20" },
        { "evaluators need not be odd", "1.9.3 Skill OddStaffCount: True → False" },
        { "full marks 120", "1.9.2 FullMarks: 100 → 120" },
        { "venue reworded", "1.9.5 venue: 「具有与参考人员数量相应面积的考试场地和必要的考试器具。条件成熟时，逐步实现网上考核，并配备相应的网络系统。」 → 「具有相应的考试场地。」" },
        { "basic item reworded", "2.1.2 item （3）: 「恪守职业道德，爱岗敬业创新。」 → 「恪守职业道德，爱岗敬业。」" },
        { "basic item added", "2.1.2 item （5）: added 「遵守保密规定。」" },
        { "requirement translated anew", "三级 skill 3.2 / 2.4.2 reworded: 「Able to assist start-up guaranteed loan guarantee institutions and handling financial institutions in collecting loans that have fallen due」 → 「Able to help collect start-up loans that are due」" },
        { "misprint fixed in print", "四级 knowledge 3.1 / 3.1.2 corrections or footnote: [3.2.2 → 3.1.2] → []" },
        { "footnote dropped", "四级 skill 3.1 / 2.2.6 corrections or footnote: [① 就业通用能力] → []" },
        { "table heading reworded", "四级 3.1 heading: 「四级（中级劳动保障专理员）/中级工」 → 「四级（中级劳动保障协理员）/中级工」" },
        { "weight table retitled", "4.2 title: 「技能要求权重表」 → 「技能考核权重表」" },
        { "headings swapped", "headings order: 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.9.1, 1.9.2, 1.9.3, 1.9.4, 1.9.5, 2, 2.1, 2.2, 3, 3.1, 3.2, 4, 4.1, 4.2 → 1, 1.2, 1.1, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.9.1, 1.9.2, 1.9.3, 1.9.4, 1.9.5, 2, 2.1, 2.2, 3, 3.1, 3.2, 4, 4.1, 4.2" },
        { "skills listed in another order", "四级 3.1 / 2.4 order of Skill requirements: 2.4.1, 2.4.2, 2.4.3 → 2.4.2, 2.4.1, 2.4.3" },
        { "table renumbered", "四级 3 clause of the table: 3.1 → 3.3" },
    };

    [Theory]
    [MemberData(nameof(SingleEdits))]
    public void A_single_edit_is_reported_as_one_change(string edit, string line)
    {
        var edited = Edited(document => Apply(document, edit));

        var diff = StandardComparison.Compare(Draft, edited);

        diff.Changes.Select(c => c.ToString()).Should().Equal(line);
        StandardComparison.Compare(edited, edited).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(SingleEdits))]
    public void A_change_is_equal_by_value_to_the_same_change_found_again_and_to_no_other(string edit, string line)
    {
        var first = StandardComparison.Compare(Draft, Edited(document => Apply(document, edit))).Changes.Should().ContainSingle().Which;
        // From a copy of the draft loaded afresh: equal values, none of them the same objects as the first time.
        var again = StandardComparison.Compare(Edited(_ => { }), Edited(document => Apply(document, edit))).Changes.Single();
        var reversed = StandardComparison.Compare(Edited(document => Apply(document, edit)), Draft).Changes.Single();

        again.Should().NotBeSameAs(first);
        again.Equals(first).Should().BeTrue(line);
        again.GetHashCode().Should().Be(first.GetHashCode(), line);
        reversed.Equals(first).Should().BeFalse("before and after are swapped: {0}", line);
    }

    [Theory]
    [MemberData(nameof(SingleEdits))]
    public void A_change_is_described_in_each_language_in_its_own_words(string edit, string line)
    {
        var change = StandardComparison.Compare(Draft, Edited(document => Apply(document, edit))).Changes.Should().ContainSingle().Which;

        // The standard's own texts are quoted as they are (「…」 and "…"; corrections in brackets); the words around them are the reader's.
        Words(change.Description.Chinese, "「[^」]*」").Should().NotMatchRegex("[A-Za-z]{2,}", line);
        Words(change.Description.English, "\"[^\"]*\"").Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", line);
    }

    [Fact]
    public void Every_change_between_two_editions_is_described_in_each_language_in_its_own_words()
    {
        var changes = StandardComparison.Compare(Draft, Final.Value).Changes;

        changes.Select(c => c.GetType()).Distinct().Should().HaveCountGreaterThan(3, "the editions differ in several kinds of change");
        changes.Select(c => Words(c.Description.Chinese, "「[^」]*」")).Should().NotContain(line => System.Text.RegularExpressions.Regex.IsMatch(line, "[A-Za-z]{2,}"));
        changes.Select(c => Words(c.Description.English, "\"[^\"]*\"")).Should().NotContain(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"\p{IsCJKUnifiedIdeographs}"));
    }

    [Theory]
    [InlineData("proctors for 20 candidates", "1.9.3 理论知识考试每名人员对应的考生数：15 → 20", "1.9.3 Theory knowledge examination candidates per staff: 15 → 20")]
    [InlineData("evaluators need not be odd", "1.9.3 技能考核须为单数：是 → 否", "1.9.3 Skill assessment odd staff count: yes → no")]
    [InlineData("basic item added", "2.1.2 第（5）条：新增「遵守保密规定。」", "2.1.2 item (5): added \"Observe confidentiality rules.\"")]
    [InlineData("skills listed in another order", "四级 3.1 / 2.4 技能要求的顺序：2.4.1, 2.4.2, 2.4.3 → 2.4.2, 2.4.1, 2.4.3", "Level 4 3.1 / 2.4 order of skill requirements: 2.4.1, 2.4.2, 2.4.3 → 2.4.2, 2.4.1, 2.4.3")]
    [InlineData("title correction withdrawn", "版本信息 标题的更正：[社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿） → 社区工作者（劳动保障协理员）国家职业技能标准（征求意见稿）] → [无]", "Edition corrections of the title: [社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿） → 社区工作者（劳动保障协理员）国家职业技能标准（征求意见稿）] → [none]")]
    public void Descriptions_read_as_sentences_of_their_language(string edit, string chinese, string english)
    {
        var change = StandardComparison.Compare(Draft, Edited(document => Apply(document, edit))).Changes.Should().ContainSingle().Which;

        change.Description.Should().Be(new LocalizedText(chinese, english));
    }

    [Theory]
    [InlineData("venue reworded", "1.9.5")]
    [InlineData("definition translated anew", "1.3")]
    public void A_clause_s_text_is_named_by_the_clause_s_heading_as_the_standard_prints_it(string edit, string clause)
    {
        var change = StandardComparison.Compare(Draft, Edited(document => Apply(document, edit))).Changes.Should().ContainSingle().Which;
        var heading = Draft.Headings.Single(h => h.Clause == clause).Title;

        change.Description.Chinese.Should().StartWith($"{clause} {heading.Chinese}：");
        change.Description.English.Should().StartWith($"{clause} {heading.English}: ");
    }

    [Fact]
    public void A_weight_is_named_by_its_table_s_title_as_the_standard_prints_it()
    {
        var change = StandardComparison.Compare(Draft, Final.Value).Changes.OfType<WeightChange>().First();
        var title = Final.Value.WeightTables.Single(t => t.Kind == change.Table).Title;

        change.Description.Chinese.Should().Contain($" {title.Chinese} {change.Item.Chinese}（");
        change.Description.English.Should().Contain($" {title.English}, {change.Item.English} (");
    }

    private static string Words(string description, string quoted)
        => System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(description, quoted, string.Empty), @"\[[^\]]*\]", string.Empty);

    [Fact]
    public void An_added_work_content_is_reported_with_each_of_its_requirements()
    {
        var edited = Edited(document =>
        {
            var contents = Level(document, 4)["functions"]![1]!["workContents"]!.AsArray();
            contents.Add(new JsonObject
            {
                ["code"] = "2.6",
                ["name"] = new JsonObject { ["zh"] = "就业见习服务", ["en"] = "Employment internship services" },
                ["skills"] = new JsonArray(Item("2.6.1", "能够登记见习需求", "Able to register internship needs")),
                ["knowledge"] = new JsonArray(Item("2.6.1", "就业见习政策", "Employment internship policies")),
            });
        });

        var changes = StandardComparison.Compare(Draft, edited).Changes;

        changes.Select(Head).Should().Equal(
            (ChangeKind.WorkContentAdded, "3.1 / 2.6", 4),
            (ChangeKind.RequirementAdded, "3.1 / 2.6.1", 4),
            (ChangeKind.RequirementAdded, "3.1 / 2.6.1", 4));
        changes.OfType<RequirementChange>().Select(c => c.RequirementKind).Should().Equal(RequirementKind.Skill, RequirementKind.Knowledge);
        changes[0].ToString().Should().Be("四级 3.1 / 2.6 work content added 「就业见习服务」");
    }

    [Fact]
    public void A_requirement_moved_and_reworded_at_once_is_removed_and_added()
    {
        var edited = Edited(document =>
        {
            var moved = Content(document, 3, "5.2")["skills"]!.AsArray()[3]!;
            Content(document, 3, "5.2")["skills"]!.AsArray().Remove(moved);
            moved["code"] = "5.1.4";
            moved["text"]!["zh"] = "能够接待群众来访并协助解决实际问题";
            Content(document, 3, "5.1")["skills"]!.AsArray().Add(moved);
        });

        StandardComparison.Compare(Draft, edited).Changes.Select(Head).Should().Equal(
            (ChangeKind.RequirementAdded, "3.2 / 5.1.4", 3),
            (ChangeKind.RequirementRemoved, "3.2 / 5.2.4", 3));
    }

    [Fact]
    public void A_change_keeps_the_equality_contract()
    {
        var one = StandardComparison.Compare(Draft, Final.Value).Changes;
        var two = StandardComparison.Compare(Draft, Final.Value).Changes;

        for (var i = 0; i < one.Length; i++)
        {
            EqualityContract.Holds(one[i], two[i], [.. one.Where((_, j) => j != i)]);
        }
    }

    private static void Apply(JsonNode document, string edit)
    {
        var assessment = document["assessment"]!;
        switch (edit)
        {
            case "heading reworded":
                document["headings"]!.AsArray().Single(h => (string)h!["clause"]! == "1.9.1")!["title"]!["zh"] = "申报条件和要求";
                break;
            case "definition translated anew":
                document["overview"]!["definition"]!["en"] = "Grassroots labour and social security workers.";
                break;
            case "title correction withdrawn":
                document["edition"]!.AsObject().Remove("titleCorrections");
                break;
            case "proctors for 20 candidates":
                assessment["staffing"]![0]!["candidatesPerStaff"] = 20;
                break;
            case "evaluators need not be odd":
                assessment["staffing"]![1]!["oddCount"] = false;
                break;
            case "full marks 120":
                assessment["scoring"]!["fullMarks"] = 120;
                break;
            case "venue reworded":
                assessment["venue"]!["zh"] = "具有相应的考试场地。";
                break;
            case "basic item reworded":
                Topic(document, "2.1.2")["items"]![2]!["text"]!["zh"] = "恪守职业道德，爱岗敬业。";
                break;
            case "basic item added":
                Topic(document, "2.1.2")["items"]!.AsArray().Add(new JsonObject
                {
                    ["number"] = 5,
                    ["text"] = new JsonObject { ["zh"] = "遵守保密规定。", ["en"] = "Observe confidentiality rules." },
                });
                break;
            case "requirement translated anew":
                Content(document, 3, "2.4")["skills"]![1]!["text"]!["en"] = "Able to help collect start-up loans that are due";
                break;
            case "misprint fixed in print":
                var misprint = Content(document, 4, "3.1")["knowledge"]![1]!.AsObject();
                misprint["code"] = "3.1.2";
                misprint.Remove("corrections");
                break;
            case "footnote dropped":
                Content(document, 4, "2.2")["skills"]![5]!.AsObject().Remove("footnote");
                break;
            case "table heading reworded":
                Level(document, 4)["heading"]!["zh"] = "四级（中级劳动保障协理员）/中级工";
                break;
            case "weight table retitled":
                document["weightTables"]![1]!["title"]!["zh"] = "技能考核权重表";
                break;
            case "headings swapped":
                var headings = document["headings"]!.AsArray();
                var second = headings[2]!;
                headings.RemoveAt(2);
                headings.Insert(1, second);
                break;
            case "skills listed in another order":
                var skills = Content(document, 4, "2.4")["skills"]!.AsArray();
                var first = skills[0]!;
                skills.RemoveAt(0);
                skills.Insert(1, first);
                break;
            case "table renumbered":
                Level(document, 4)["section"] = "3.3";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "No such edit.");
        }
    }

    private static JsonNode Topic(JsonNode document, string code)
        => document["basicRequirements"]!["sections"]!.AsArray().SelectMany(s => s!["topics"]!.AsArray()).Single(t => (string)t!["code"]! == code)!;
}
