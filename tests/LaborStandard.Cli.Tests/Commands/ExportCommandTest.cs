using System.Text.RegularExpressions;
using LaborStandard.Cli.Tests.Support;
using LaborStandard.Model;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary><c>laborstd export</c>: the dataset as JSON, and the standard as markdown pages the documentation site is built from.</summary>
public partial class ExportCommandTest
{
    private static readonly string[] Pages = ["index.md", "application-conditions.md", "basic-requirements.md", "level-4.md", "level-3.md", "weights.md", "corrections.md"];

    [Fact]
    public async Task Json_is_the_standard_document()
    {
        var run = await Laborstd.RunAsync("export", "--format", "json");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be(Serialization.StandardDocument.ToJson(Standards.Embedded), "the document ends with one line end");
        Serialization.StandardDocument.Read(run.Out).IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task Markdown_into_a_folder_writes_the_pages_and_says_so()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "standard");

        var run = await Laborstd.RunAsync("export", "--format", "markdown", "--output", output, "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(Pages);
        using var json = run.Json();
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("path").GetString())).Should().Equal(Pages);
    }

    [Fact]
    public async Task Markdown_is_deterministic()
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "first");
        var second = Path.Combine(folder.Path, "second");

        await Laborstd.RunAsync("export", "--format", "markdown", "--output", first);
        await Laborstd.RunAsync("export", "--format", "markdown", "--output", second, "--lang", "en");

        foreach (var page in Pages)
        {
            File.ReadAllBytes(Path.Combine(second, page)).Should().Equal(File.ReadAllBytes(Path.Combine(first, page)), page);
            File.ReadAllText(Path.Combine(first, page)).Should().NotContain("\r").And.EndWith("\n").And.NotContain("\n\n\n");
        }
    }

    [Fact]
    public async Task Markdown_on_stdout_or_into_a_md_file_is_one_document_of_every_page()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "standard.md");

        var stdout = await Laborstd.RunAsync("export", "--format", "markdown");
        var written = await Laborstd.RunAsync("export", "--format", "markdown", "-o", file, "--lang", "en");

        written.Out.Should().Be($"wrote {file}\n");
        File.ReadAllText(file).Should().Be(stdout.Out);
        stdout.Out.Should().StartWith("# 社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿）\n").And.Contain("\n# 勘误\n");
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var run = await Laborstd.RunAsync("export", "--format", "pdf", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("'pdf'").And.Contain("json").And.Contain("markdown");
    }

    [Fact]
    public async Task Markdown_pages_are_the_standard_with_the_english_alongside()
    {
        var pages = await ExportAsync();
        var standard = Standards.Embedded;

        pages["index.md"].Should().Contain("### 1.3 职业（工种）定义\n\n*Occupation (trade) definition*\n\n" + standard.Overview.Definition.Chinese + "\n\n*" + standard.Overview.Definition.English + "*\n");
        foreach (var page in Pages.Skip(1))
        {
            pages["index.md"].Should().Contain($"]({page})");
        }

        pages["application-conditions.md"].Should().Contain("## 1.9.1 申报条件").And.Contain("（2）在本职业连续工作两年以上。<br>\n*(2) Having worked continuously in this occupation for two years or more.*")
            .And.Contain("## 1.9.3 监考人员、考评人员与考生配比").And.Contain("| 满分<br>*Full marks* | 100 | 100 |");
        pages["basic-requirements.md"].Should().StartWith("# 2 基本要求\n").And.Contain("### 2.2.9 相关法律、法规知识").And.Contain("（1）《中华人民共和国劳动法》相关知识。");
        pages["weights.md"].Should().Contain("## 4.1 理论知识权重表").And.Contain("| 合计<br>*Total* |  |  | 100 | 100 |");
    }

    [Fact]
    public async Task Level_pages_are_tables_of_skills_and_knowledge_with_misprints_as_printed_and_their_corrections_linked()
    {
        var pages = await ExportAsync();

        var level4 = pages["level-4.md"];
        level4.Should().StartWith("# 3.1 四级（中级劳动保障专理员）/中级工\n");
        level4.Should().Contain("| 代码<br>*Code* | 技能要求<br>*Skill requirements* | 代码<br>*Code* | 相关知识要求<br>*Related knowledge requirements* |");
        level4.Should().Contain("| <a id=\"level-4-knowledge-3-2-2-code\"></a>3.2.2<br>[→ 3.1.2](corrections.md#level-4-knowledge-3-2-2-code) | 城镇职工养老保险及城乡居民养老保险经办业务程序<br>");
        level4.Should().Contain("能够介绍就业通用能力①的内容和意义").And.Contain("\n① 就业通用能力：");
        pages["level-3.md"].Should().Contain("| <a id=\"level-3-skill-3-1-1-text\"></a>能够提供城镇职工基本养老保险及城乡居民医疗保险待遇计算、待遇调整等方面的咨询服务<br>[更正 correction](corrections.md#level-3-skill-3-1-1-text)");
        Regex.Count(level4, @"^\| \d+\.\d+\.\d+", RegexOptions.Multiline).Should().Be(Standards.Embedded.WorkRequirements.ForLevel(SkillLevel.Level4)!.Skills.Length, "each skill starts a row of the table");
    }

    [Fact]
    public async Task Corrections_lists_every_misprint_once_with_the_anchor_the_pages_link_to()
    {
        var pages = await ExportAsync();
        var standard = Standards.Embedded;
        var misprints = standard.Edition.TitleCorrections.Length + standard.Overview.NameCorrections.Length
            + standard.Levels.Sum(l => l.TitleCorrections.Length)
            + standard.WorkRequirements.Levels.Sum(t => t.Skills.Concat(t.Knowledge).Sum(r => r.Corrections.Length));

        var corrections = pages["corrections.md"];
        var anchors = Regex.Matches(corrections, "<a id=\"([a-z0-9-]+)\"></a>").Select(m => m.Groups[1].Value).ToList();
        anchors.Should().HaveCount(misprints).And.OnlyHaveUniqueItems();
        var links = pages.Values.SelectMany(p => Regex.Matches(p, @"\(corrections\.md#([a-z0-9-]+)\)").Select(m => m.Groups[1].Value)).Distinct().ToList();
        links.Should().BeEquivalentTo(anchors, "every misprint is linked from the page that shows it");
    }

    [Fact]
    public async Task Each_correction_links_back_to_the_misprint_on_the_page_that_shows_it()
    {
        var pages = await ExportAsync();

        var backLinks = Regex.Matches(pages["corrections.md"], @"^\| <a id=""([a-z0-9-]+)""></a>\[[^\]]+\]\(([a-z0-9-]+\.md)#([a-z0-9-]+)\)", RegexOptions.Multiline);

        backLinks.Should().HaveCount(Regex.Count(pages["corrections.md"], "<a id="), "every row of the corrections links to where its misprint is shown");
        foreach (Match link in backLinks)
        {
            var (id, page, anchor) = (link.Groups[1].Value, link.Groups[2].Value, link.Groups[3].Value);
            anchor.Should().Be(id, "a misprint and its correction share one id");
            page.Should().NotBe("corrections.md");
            pages[page].Should().Contain($"<a id=\"{id}\"></a>", $"{page} shows the misprint {id}").And.Contain($"(corrections.md#{id})");
        }
    }

    private static async Task<Dictionary<string, string>> ExportAsync()
    {
        using var folder = new TempFolder();
        var run = await Laborstd.RunAsync("export", "--format", "markdown", "--output", folder.Path);
        run.ExitCode.Should().Be(0, run.ToString());
        return Pages.ToDictionary(p => p, p => File.ReadAllText(Path.Combine(folder.Path, p)));
    }
}
