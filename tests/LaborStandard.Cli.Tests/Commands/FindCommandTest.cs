using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary><c>laborstd find</c>: requirements by code, as printed or corrected, or by words; exit 1 when nothing matches.</summary>
public class FindCommandTest
{
    [Fact]
    public async Task A_code_finds_the_skill_and_the_knowledge_of_every_level()
    {
        var run = await Laborstd.RunAsync("find", "2.4.2", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().StartWith(
        [
            "Level 4 / intermediate worker · 3.1 / 2.4.2 · Skill requirements",
            "  2.4.2 Able to introduce the start-up guaranteed loan policy to service users",
            "    能够为服务对象介绍创业担保贷款政策",
        ]);
        run.OutLines[^1].Should().Be("4 requirements.");
    }

    [Fact]
    public async Task A_misprinted_code_is_found_as_printed_and_as_corrected()
    {
        var printed = await Laborstd.RunAsync("find", "3.2.2", "--level", "4", "--json");
        var corrected = await Laborstd.RunAsync("find", "3.1.2", "--level", "4", "--json");

        using var byPrinted = printed.Json();
        using var byCorrected = corrected.Json();
        byPrinted.RootElement.GetProperty("matches").EnumerateArray().Should().Contain(m => m.GetProperty("printedCode").GetString() == "3.2.2" && m.GetProperty("code").GetString() == "3.1.2");
        byCorrected.RootElement.GetProperty("matches").EnumerateArray().Should().Contain(m => m.GetProperty("printedCode").GetString() == "3.2.2" && m.GetProperty("kind").GetString() == "knowledge");
        (await Laborstd.RunAsync("find", "3.1.2", "--level", "4")).Out.Should().Contain("3.1.2 （印作 3.2.2） 城镇职工养老保险及城乡居民养老保险经办业务程序");
    }

    [Fact]
    public async Task A_work_content_code_lists_everything_under_it()
    {
        var run = await Laborstd.RunAsync("find", "2.4", "--level", "4", "--json");

        run.ExitCode.Should().Be(0);
        using var json = run.Json();
        var codes = json.RootElement.GetProperty("matches").EnumerateArray().Select(m => $"{m.GetProperty("kind").GetString()} {m.GetProperty("code").GetString()}");
        codes.Should().Equal("skill 2.4.1", "skill 2.4.2", "skill 2.4.3", "knowledge 2.4.1", "knowledge 2.4.2", "knowledge 2.4.3");
        json.RootElement.GetProperty("match").GetString().Should().Be("code");
        json.RootElement.GetProperty("count").GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task Words_find_requirements_in_either_language()
    {
        var chinese = await Laborstd.RunAsync("find", "创业担保贷款", "--json");
        var english = await Laborstd.RunAsync("find", "guaranteed loan", "--level", "3", "--json");

        using var zh = chinese.Json();
        using var en = english.Json();
        zh.RootElement.GetProperty("match").GetString().Should().Be("words");
        zh.RootElement.GetProperty("matches").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(m => m.GetProperty("text").GetProperty("zh").GetString()!.Contains("创业担保贷款", StringComparison.Ordinal));
        en.RootElement.GetProperty("matches").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(m => m.GetProperty("level").GetInt32() == 3);
    }

    [Fact]
    public async Task The_footnote_is_shown_with_its_requirement()
    {
        var run = await Laborstd.RunAsync("find", "2.2.6", "--level", "4");

        run.Out.Should().Contain("2.2.6 能够介绍就业通用能力的内容和意义①").And.Contain("① 就业通用能力：是指区别于就业专业技术和专项技能而通融于就业全过程的能力。");
    }

    [Fact]
    public async Task Nothing_found_is_a_negative_answer_not_an_error()
    {
        var text = await Laborstd.RunAsync("find", "量子计算", "--lang", "en");
        var json = await Laborstd.RunAsync("find", "9.9.9", "--json");

        text.ExitCode.Should().Be(1);
        text.Out.Should().Be("No requirement matches '量子计算'.\n");
        text.Error.Should().BeEmpty();
        json.ExitCode.Should().Be(1);
        using var document = json.Json();
        document.RootElement.GetProperty("count").GetInt32().Should().Be(0);
    }
}
