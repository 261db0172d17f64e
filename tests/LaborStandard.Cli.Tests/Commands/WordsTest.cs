using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>The tool's words: English plurals, Chinese lists joined with 、, several words of a search without quotes.</summary>
public class WordsTest
{
    [Fact]
    public async Task Several_words_without_quotes_are_searched_as_several_words()
    {
        var unquoted = await Laborstd.RunAsync("find", "创业", "担保", "--json");
        var quoted = await Laborstd.RunAsync("find", "创业 担保", "--json");

        unquoted.ExitCode.Should().Be(0, unquoted.ToString());
        unquoted.Out.Should().Be(quoted.Out);
        using var json = unquoted.Json();
        json.RootElement.GetProperty("matches").EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(m => m.GetProperty("text").GetProperty("zh").GetString()!.Contains("创业") && m.GetProperty("text").GetProperty("zh").GetString()!.Contains("担保"));
    }

    [Fact]
    public async Task English_counts_agree_with_their_noun()
    {
        var one = await Laborstd.RunAsync("staffing", "--candidates", "1", "--rooms", "1", "--kind", "theory", "--lang", "en");

        one.Out.Should().Contain("Room 1 (1 seat): 1 candidate, 2 staff").And.NotContain("1 seats");
    }

    [Fact]
    public async Task Chinese_lists_are_joined_with_the_enumeration_comma()
    {
        var run = await Laborstd.RunAsync("find", "2.4", "--level", "9");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("、").And.NotContain(", ");
    }

    [Fact]
    public async Task The_weight_lines_of_show_join_the_levels_with_the_enumeration_comma()
    {
        // Each weight row lists every level with its percentage.
        var run = await Laborstd.RunAsync("show");

        run.Out.Should().Contain("%、").And.NotContain("%, ");
    }
}
