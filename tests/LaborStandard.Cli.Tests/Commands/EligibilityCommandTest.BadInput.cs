using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>Bad input: one line on stderr per problem, naming the file, the JSON path or line, and the rule; exit code 2; never a stack trace.</summary>
public partial class EligibilityCommandTest
{
    [Fact]
    public async Task A_missing_file_is_named()
    {
        var run = await Laborstd.RunAsync("eligibility", "samples/candidates/nobody.json", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().Equal("laborstd: samples/candidates/nobody.json: no such file.");
    }

    [Fact]
    public async Task A_folder_is_not_a_candidate()
    {
        var run = await Laborstd.RunAsync("eligibility", "samples", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("laborstd: samples: is a folder, not a file.");
    }

    [Fact]
    public async Task A_truncated_document_is_a_syntax_error_with_its_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("truncated.json", "{\n  \"id\": \"T-1\",\n  \"work\": [\n    { \"occupationCode\": \"3-01-01-02\", \"from\": \"2020-01-01\" }\n");

        var run = await Laborstd.RunAsync("eligibility", file);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"laborstd: {file}: $（第 ").And.EndWith("[json-syntax]");
    }

    [Fact]
    public async Task An_invalid_value_is_named_by_its_json_path_and_rule()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad-date.json", """{ "work": [ { "occupationCode": "3-01-01-02", "from": "2024-02-30" } ] }""");

        var run = await Laborstd.RunAsync("eligibility", file);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Be($"laborstd: {file}: $.work[0].from：“2024-02-30”不是 yyyy-MM-dd 格式的日期。 [json-type]", "a Chinese session reads Chinese, with no English sentence");
    }

    [Fact]
    public async Task Every_problem_of_a_document_gets_its_own_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("two.json", """{ "education": { "level": "phd" }, "salary": 3 }""");

        var run = await Laborstd.RunAsync("eligibility", file);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().OnlyContain(l => l.StartsWith($"laborstd: {file}: $.", StringComparison.Ordinal)).And.HaveCountGreaterThanOrEqualTo(1);
    }

    [Theory]
    [InlineData(new[] { "--as-of", "2026-13-01" }, "laborstd: --as-of: '2026-13-01' is not a date written yyyy-MM-dd.")]
    [InlineData(new[] { "--as-of", "29.11.2026" }, "laborstd: --as-of: '29.11.2026' is not a date written yyyy-MM-dd.")]
    [InlineData(new[] { "--level", "5" }, "laborstd: --level: '5' is not a level of this standard; it defines 4, 3.")]
    [InlineData(new[] { "--level", "expert" }, "laborstd: --level: 'expert' is not a level of this standard; it defines 4, 3.")]
    [InlineData(new[] { "--gap-tolerance", "-1" }, "laborstd: --gap-tolerance: '-1' is not a whole number of at least 0.")]
    [InlineData(new[] { "--gap-tolerance", "400" }, "laborstd: --gap-tolerance: must be from 0 to 366 days, was 400. [range]")]
    [InlineData(new[] { "--count-bridged-days" }, "laborstd: --count-bridged-days needs a --gap-tolerance above 0.")]
    [InlineData(new[] { "--related", "not-a-code" }, "laborstd: --related: ")]
    public async Task A_bad_option_value_is_one_line(string[] options, string expected)
    {
        var run = await Laborstd.RunAsync(["eligibility", Samples + "level4-2-work.json", "--lang", "en", .. options]);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Fact]
    public async Task A_gap_tolerance_out_of_range_is_said_in_chinese_in_a_chinese_session()
    {
        var run = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--lang", "zh", "--gap-tolerance", "400");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("laborstd: --gap-tolerance: 应在 0 至 366 天之间，实为 400。 [range]");
    }

    [Fact]
    public async Task A_candidate_is_needed_and_not_together_with_a_batch()
    {
        var none = await Laborstd.RunAsync("eligibility", "--lang", "en");
        var both = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--batch", "samples/batch.jsonl", "--lang", "en");

        none.ExitCode.Should().Be(2);
        none.ErrorLines.Should().Equal("laborstd: Give a candidate file (or - for standard input), or --batch.");
        both.ExitCode.Should().Be(2);
        both.ErrorLines.Should().Equal("laborstd: Give either a candidate file or --batch, not both.");
    }

    [Fact]
    public async Task An_invalid_rule_document_is_named_with_its_paths()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("rules.json", """{ "formatVersion": 1, "occupationCode": "3-01-01-02", "levels": [ { "level": 9 } ] }""");

        var run = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--rules", rules);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith($"laborstd: {rules}: $", StringComparison.Ordinal));
    }
}
