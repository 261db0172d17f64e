using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LaborStandard.Cli.Rendering;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Cli.Tests.Rendering;

/// <summary>
/// The pictures of the standard's pages say what the data says: every alternative of 1.9.1 with its item and texts,
/// every level with its training hours, every work content with its counts, every weight with its percentage.
/// </summary>
public partial class StandardFiguresTest
{
    private static readonly OccupationalStandard Standard = Standards.Embedded;
    private static readonly EligibilityRules Rules = Standards.EmbeddedRules;

    [Fact]
    public void The_routes_have_one_box_per_alternative_with_its_clause_item_and_every_condition_it_combines()
    {
        foreach (var rule in Rules.Levels)
        {
            var chart = StandardFigures.Routes(rule);
            var boxes = Boxes(chart);
            var alternatives = rule.Condition.Conditions;

            alternatives.Should().NotBeEmpty();
            boxes.Should().HaveCount(alternatives.Length + 2, "a box per alternative, where the routes start and where they lead");
            foreach (var alternative in alternatives)
            {
                var box = boxes.Values.Should().ContainSingle(b => b.StartsWith($"<b>{alternative.Citation}</b>", StringComparison.Ordinal)).Subject;
                foreach (var leaf in Leaves(alternative))
                {
                    box.Should().Contain(Flowchart.Escape(leaf.Text.Chinese)).And.Contain(Flowchart.Escape(leaf.Text.English));
                }

                var id = boxes.Single(b => b.Value == box).Key;
                Regex.Count(chart, $@"^  n\d+ --> {id}$", RegexOptions.Multiline).Should().Be(1, "the route starts at the level's rule");
                Regex.Count(chart, $@"^  {id} --> n\d+$", RegexOptions.Multiline).Should().Be(1, "the route leads to the level");
            }

            boxes.Values.Should().Contain(b => b.Contains(FigureTexts.MayApply(rule.Level.Name).Chinese, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_ladder_shows_each_level_with_its_training_hours_and_the_items_that_lead_to_it()
    {
        var chart = StandardFigures.Ladder(Standard, Rules);
        var boxes = Boxes(chart);

        foreach (var level in Standard.Levels)
        {
            boxes.Values.Should().ContainSingle(b => b.Contains($"<b>{level.Level.Name.Chinese}</b>", StringComparison.Ordinal))
                .Which.Should().Contain(string.Create(CultureInfo.InvariantCulture, $" {level.TrainingHours} 标准学时"));
        }

        var level4 = boxes.Single(b => b.Value.Contains("<b>四级/中级工</b>", StringComparison.Ordinal)).Key;
        var level3 = boxes.Single(b => b.Value.Contains("<b>三级/高级工</b>", StringComparison.Ordinal)).Key;
        var applicant = boxes.Single(b => b.Value.StartsWith(FigureTexts.Applicant.Chinese, StringComparison.Ordinal)).Key;
        chart.Should().Contain($"  {applicant} -- \"1.9.1 四级（1）、四级（2）、四级（3）、四级（4）\" --> {level4}\n")
            .And.Contain($"  {level4} -- \"1.9.1 三级（1）、三级（2）\" --> {level3}\n", "these two require the 四级 certificate")
            .And.Contain($"  {applicant} -- \"1.9.1 三级（3）、三级（4）\" --> {level3}\n", "these two require none");
    }

    [Fact]
    public void The_tree_of_a_level_counts_the_skills_and_knowledge_of_each_function_and_work_content()
    {
        foreach (var table in Standard.WorkRequirements.Levels)
        {
            var boxes = Boxes(StandardFigures.Functions(table)).Values.ToList();

            boxes.Should().HaveCount(1 + table.Functions.Length + table.Functions.Sum(f => f.WorkContents.Length));
            boxes.Should().ContainSingle(b => b.StartsWith($"<b>{table.Section} ", StringComparison.Ordinal))
                .Which.Should().Contain(Count(table.Skills.Length, table.Knowledge.Length));
            foreach (var function in table.Functions)
            {
                boxes.Should().ContainSingle(b => b.StartsWith($"<b>{function.Code} {function.Name.Chinese}</b>", StringComparison.Ordinal))
                    .Which.Should().Contain(Count(function.Requirements(RequirementKind.Skill).Length, function.Requirements(RequirementKind.Knowledge).Length));
                foreach (var content in function.WorkContents)
                {
                    boxes.Should().ContainSingle(b => b.StartsWith($"{content.Code} {content.Name.Chinese}<br>", StringComparison.Ordinal))
                        .Which.Should().Contain(Count(content.Skills.Length, content.Knowledge.Length));
                }
            }
        }
    }

    [Fact]
    public void A_weight_chart_has_a_bar_for_each_row_and_level_with_its_percentage()
    {
        foreach (var table in Standard.WeightTables)
        {
            var figure = StandardFigures.Weights(table);
            using var json = ChartData(figure);
            var root = json.RootElement;

            figure.Should().StartWith($"<figure class=\"ls-chart\" id=\"chart-{table.Clause.Replace('.', '-')}\">\n").And.EndWith("</figure>").And.NotContain("\n\n", "a figure is one HTML block of markdown");
            root.GetProperty("unit").GetString().Should().Be("%");
            root.GetProperty("categories").EnumerateArray().Select(c => c[0].GetString())
                .Should().Equal(table.Rows.Select(r => $"{r.Target.Code} {r.Item.Chinese}"));
            var series = root.GetProperty("series").EnumerateArray().ToList();
            series.Select(s => s.GetProperty("name").GetString()).Should().Equal(table.Levels.Select(l => $"{l.Name.Chinese} · {l.Name.English}"));
            for (var i = 0; i < table.Levels.Length; i++)
            {
                var level = table.Levels[i];
                series[i].GetProperty("values").EnumerateArray().Select(v => v.GetDouble())
                    .Should().Equal(table.Rows.Select(r => (double)r.PercentFor(level)!.Value), $"the bars of {level} are the table's column");
            }
        }
    }

    [Theory]
    [InlineData("引号\"与#号", "引号#quot;与#35;号")]
    [InlineData("<b>不是标记</b>", "#lt;b#gt;不是标记#lt;/b#gt;")]
    [InlineData("a & b `c`", "a #amp; b #96;c#96;")]
    [InlineData("两行\n文字", "两行 文字")]
    public void A_label_shows_the_standard_s_text_as_written(string text, string escaped)
        => Flowchart.Escape(text).Should().Be(escaped);

    [Fact]
    public void A_chart_s_data_cannot_end_its_script_element_early()
    {
        var figure = ChartFigure.Write(
            "chart-x",
            new LocalizedText("标题 <i>", "title & more"),
            new LocalizedText("轴", "axis"),
            "%",
            [new ChartCategory(["</script><b>"])],
            [new ChartSeries("系列", [1])]);

        figure.Should().NotContain("</script><b>").And.Contain("<figcaption>标题 &lt;i&gt;<br><i>title &amp; more</i></figcaption>");
        using var json = ChartData(figure);
        json.RootElement.GetProperty("categories")[0][0].GetString().Should().Be("</script><b>", "the JSON still holds the text as written");
    }

    [Fact]
    public void Pages_of_a_standard_without_rules_have_no_pictures_of_the_routes()
    {
        var pages = new StandardMarkdown(Standard, rules: null).Pages().ToDictionary(p => p.FileName, p => p.Content);
        var withRules = new StandardMarkdown(Standard).Pages().ToDictionary(p => p.FileName, p => p.Content);

        pages[StandardMarkdown.ApplicationFile].Should().NotContain("```mermaid").And.NotContain(FigureTexts.RoutesTitle.Chinese);
        pages[StandardMarkdown.IndexFile].Should().NotContain("```mermaid");
        withRules[StandardMarkdown.ApplicationFile].Should().Contain(FigureTexts.RoutesTitle.Chinese, "the shipped standard is drawn with its shipped rules");
        Regex.Count(withRules[StandardMarkdown.ApplicationFile], "^```mermaid$", RegexOptions.Multiline).Should().Be(Rules.Levels.Length);
        Regex.Count(withRules[StandardMarkdown.IndexFile], "^```mermaid$", RegexOptions.Multiline).Should().Be(1);
    }

    [Fact]
    public void Each_table_of_requirements_is_wrapped_for_the_card_layout_and_stays_a_markdown_table()
    {
        foreach (var table in Standard.WorkRequirements.Levels)
        {
            var page = new StandardMarkdown(Standard).LevelPage(table).Content;
            var contents = table.Functions.Sum(f => f.WorkContents.Length);

            Regex.Count(page, "^<div class=\"ls-requirements\">\n\n\\| 代码", RegexOptions.Multiline).Should().Be(contents, "the wrapper, a blank line, then the table");
            Regex.Count(page, "\\|\n\n</div>\n", RegexOptions.Multiline).Should().Be(contents);
            Regex.Count(page, "^```mermaid$", RegexOptions.Multiline).Should().Be(1, "the tree of the level's functions");
        }
    }

    private static string Count(int skills, int knowledge)
        => string.Create(CultureInfo.InvariantCulture, $"技能 {skills} · 知识 {knowledge}<br><i>{skills} skills · {knowledge} knowledge</i>");

    private static IEnumerable<Condition> Leaves(Condition condition)
        => condition.Conditions.IsEmpty ? [condition] : condition.Conditions.SelectMany(Leaves);

    /// <summary>The nodes of a flowchart: id and label.</summary>
    private static Dictionary<string, string> Boxes(string chart)
        => Node().Matches(chart).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["label"].Value);

    private static JsonDocument ChartData(string figure)
        => JsonDocument.Parse(Script().Match(figure).Groups["json"].Value);

    [GeneratedRegex(@"^  (?<id>n\d+)\(?\[""(?<label>.*)""\]\)?$", RegexOptions.Multiline)]
    private static partial Regex Node();

    [GeneratedRegex(@"<script type=""application/json"">(?<json>.*)</script>")]
    private static partial Regex Script();
}
