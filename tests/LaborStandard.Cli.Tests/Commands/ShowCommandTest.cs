using LaborStandard.Cli.Rendering;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary><c>laborstd show</c>: the standard, or one level, as a tree, as JSON, or as markdown.</summary>
public class ShowCommandTest
{
    [Fact]
    public async Task The_whole_standard_has_every_chapter_in_order()
    {
        var run = await Laborstd.RunAsync("show");

        run.ExitCode.Should().Be(0);
        var headings = run.OutLines.Where(l => l.Length > 2 && char.IsAsciiDigit(l[0]) && l[1] == ' ').ToList();
        headings.Should().Equal("1 职业概况", "2 基本要求", "3 工作要求", "4 权重表");
        run.OutLines[0].Should().Be("社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿）");
        run.Out.Should().Contain("    1.9.3 监考人员、考评人员与考生配比").And.Contain("        （2）在本职业连续工作两年以上。").And.Contain("    基本要求 · 职业道德: 四级 10%、三级 10%");
    }

    [Fact]
    public async Task A_level_is_its_table_as_a_tree()
    {
        var run = await Laborstd.RunAsync("show", "--level", "4", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().StartWith(
        [
            "3.1 Level 4 (intermediate labour and social security specialist assistant) / intermediate worker",
            "  1 Grassroots platform information management",
            "    1.1 Information collection",
            "      Skill requirements",
            "        1.1.1 Able to use common survey methods to collect the relevant circumstances of unemployed people in the area served",
        ]);
        run.Out.Should().NotContain("3.2 Level 3");
    }

    [Fact]
    public async Task Cumulative_adds_the_levels_it_covers()
    {
        var alone = await Laborstd.RunAsync("show", "--level", "3");
        var cumulative = await Laborstd.RunAsync("show", "--level", "3", "--cumulative");

        alone.OutLines[0].Should().StartWith("3.2 三级");
        cumulative.OutLines[0].Should().StartWith("3.1 四级");
        cumulative.OutLines.Should().Contain(l => l.StartsWith("3.2 三级", StringComparison.Ordinal));
        (await Laborstd.RunAsync("show", "--cumulative")).ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task Json_is_the_standard_document_or_the_level_tables()
    {
        var all = await Laborstd.RunAsync("show", "--json");
        var level = await Laborstd.RunAsync("show", "--level", "3", "--cumulative", "--format", "json");

        all.Out.Should().EndWith("}\n").And.NotEndWith("\n\n");
        using (var whole = all.Json())
        {
            whole.RootElement.GetProperty("edition").GetProperty("occupationCode").GetString().Should().Be("3-01-01-02");
            whole.RootElement.GetProperty("workRequirements").GetProperty("levels").GetArrayLength().Should().Be(2);
        }

        using var json = level.Json();
        json.RootElement.GetProperty("level").GetInt32().Should().Be(3);
        json.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("section").GetString()).Should().Equal("3.1", "3.2");
        json.RootElement.GetProperty("tables")[0].GetProperty("functions")[0].GetProperty("workContents")[0].GetProperty("skills")[0].GetProperty("code").GetString().Should().Be("1.1.1");
    }

    [Fact]
    public async Task Markdown_of_a_level_is_its_page()
    {
        var run = await Laborstd.RunAsync("show", "--level", "4", "--format", "markdown");

        var standard = Standards.Embedded;
        run.Out.Should().Be(new StandardMarkdown(standard).LevelPage(standard.WorkRequirements.ForLevel(Model.SkillLevel.Level4)!).Content);
    }

    [Fact]
    public async Task An_undefined_level_is_bad_input()
    {
        var run = await Laborstd.RunAsync("show", "--level", "5");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("laborstd: --level：“5”不是本标准设置的等级；可用等级：4、3。");
    }
}
