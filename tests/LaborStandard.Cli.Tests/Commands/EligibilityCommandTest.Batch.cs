using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>
/// <c>--batch</c>: exactly one output record per input record, in input order, each with the line its input record
/// starts on; a bad record gets its own record with its errors and the others go on; JSON Lines, CSV, TSV and .xlsx in;
/// JSON Lines or CSV out, to stdout or atomically to a file; progress and a summary on stderr; exit 0 when every record
/// was read, 2 otherwise, 141 when the reader of stdout goes away.
/// </summary>
public partial class EligibilityCommandTest
{
    [Fact]
    public async Task The_json_lines_sample_gives_one_record_per_line_and_one_for_its_bad_line()
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--lang", "en");

        run.ExitCode.Should().Be(2, "one line of the sample is bad");
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(30);
        lines.Select(Id).Should().Equal(Enumerable.Range(1, 30).Select(i => $"B-{i:00}"), "a bad JSON line is known by its line number and, where it can be read, its id");
        lines.Select(l => l.GetProperty("line").GetInt64()).Should().Equal(Enumerable.Range(1, 30).Select(i => (long)i));
        var bad = lines[22];
        bad.TryGetProperty("decisions", out _).Should().BeFalse();
        bad.GetProperty("errors")[0].GetProperty("path").GetString().Should().Be("$.work[0].from");
        bad.GetProperty("errors")[0].GetProperty("rule").GetString().Should().Be("json-type");
        bad.GetProperty("errors")[0].GetProperty("message").GetProperty("zh").GetString().Should().NotBeNullOrEmpty();
        lines.Where(l => !l.TryGetProperty("errors", out _)).Should().OnlyContain(l => l.GetProperty("decisions").GetArrayLength() == 2);
        run.ErrorLines[^1].Should().Be("laborstd: samples/batch.jsonl: 30 records: Level 4 / intermediate worker eligible 19, Level 3 / senior worker eligible 7, indeterminate 3, unreadable 1");
        run.ErrorLines.Should().HaveCount(2).And.Contain(l => l.Contains("(line 23)", StringComparison.Ordinal) && l.EndsWith("[json-type]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tools_own_csv_sample_decides_as_the_same_candidates_in_json_would()
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.csv");

        run.ExitCode.Should().Be(2);
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(Id).Should().Equal(Enumerable.Range(1, 12).Select(i => $"C-{i:00}"));
        lines.Take(11).Select(l => l.TryGetProperty("highestEligibleLevel", out var level) ? level.GetInt32() : 0)
            .Should().Equal(4, 4, 3, 4, 4, 3, 3, 3, 4, 0, 0);
        var bad = lines[11];
        bad.GetProperty("line").GetInt64().Should().Be(13);
        bad.GetProperty("errors")[0].GetProperty("column").GetString().Should().Be("work");
        run.ErrorLines[^1].Should().Be("laborstd: samples/batch.csv: 共 12 条记录：四级/中级工可申报 9 人，三级/高级工可申报 4 人，无法确定 1 人，无法读取 1 条");
    }

    [Theory]
    [InlineData("samples/office-candidates-gb18030.csv", "--encoding", "gb18030")]
    [InlineData("samples/office-candidates.xlsx", null, null)]
    public async Task An_office_sheet_gives_the_same_answers_as_csv_saved_by_chinese_excel_or_as_a_workbook(string file, string? option, string? value)
    {
        string[] args = option is null ? ["eligibility", "--batch", file, "--verdict-only"] : ["eligibility", "--batch", file, option, value!, "--verdict-only"];

        var run = await Laborstd.RunAsync(args);

        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().NotBeEmpty();
        lines.Select(l => l.GetProperty("line").GetInt64()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        lines.Where(l => Has(l, "levels")).Should().NotBeEmpty();
        lines.Where(l => Has(l, "errors")).Should().NotBeEmpty();
        run.Error.Should().Contain("以下列与判断无关，已忽略：“姓名”、“身份证号”、“联系电话”");
        run.Out.Should().NotContain("\uFFFD", "no byte is replaced");
        (await Laborstd.RunAsync("eligibility", "--batch", "samples/office-candidates-gb18030.csv", "--encoding", "gb18030", "--verdict-only")).Out
            .Should().Be((await Laborstd.RunAsync("eligibility", "--batch", "samples/office-candidates.xlsx", "--verdict-only")).Out, "the two samples hold the same candidates on the same rows");
    }

    [Fact]
    public async Task A_gb18030_file_read_as_utf8_is_an_error_naming_its_lines_never_replacement_characters()
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/office-candidates-gb18030.csv");

        run.ExitCode.Should().Be(2);
        run.Out.Should().NotContain("\uFFFD");
        run.Error.Should().Contain("text-encoding");
    }

    [Fact]
    public async Task Verdict_only_records_give_per_level_the_verdict_the_alternatives_the_dates_and_what_is_missing()
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--verdict-only", "--as-of", "2026-11-29");

        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(30);
        var answered = lines.Where(l => l.TryGetProperty("levels", out _)).ToList();
        answered.Should().HaveCount(29);
        var levels = answered.SelectMany(l => l.GetProperty("levels").EnumerateArray()).ToList();
        var eligible = levels.Where(l => l.GetProperty("verdict").GetString() == "eligible").ToList();
        eligible.Should().OnlyContain(l => l.GetProperty("holdingConditions").GetArrayLength() > 0 && !Has(l, "missing"));
        eligible.Where(l => Has(l, "eligibleSince")).Should().NotBeEmpty("since when is given where the facts date it (an education without its date does not)");
        levels.Where(l => l.GetProperty("verdict").GetString() == "notEligible").Should().OnlyContain(l => Has(l, "nearestCondition") && l.GetProperty("missing").GetProperty("zh").GetString()!.Length > 0);
        levels.Where(l => l.GetProperty("verdict").GetString() == "indeterminate").Should().NotBeEmpty().And.OnlyContain(l => l.GetProperty("unknownFacts").GetArrayLength() > 0);
        run.Out.Length.Should().BeLessThan((await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl")).Out.Length / 5, "a short answer is short");
    }

    [Fact]
    public async Task Csv_output_has_a_header_one_row_per_record_a_byte_order_mark_and_chinese_words()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "answers.csv");

        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--output-format", "csv", "--output", path);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty("the answers went to the file");
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel opens UTF-8 with a byte-order mark with Chinese intact");
        var rows = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows.Should().HaveCount(31);
        rows[0].Should().StartWith("行号,编号,评估日期,可申报最高等级,四级结论,四级符合条件");
        rows[1].Should().StartWith("1,B-01,2026-11-29,");
        rows.Should().Contain(r => r.Contains(",可以申报,", StringComparison.Ordinal)).And.Contain(r => r.Contains(",不能申报,", StringComparison.Ordinal));
        rows[23].Should().StartWith("23,B-23,").And.Contain("json-type");
        Directory.GetFiles(folder.Path).Should().Equal([path], "no temporary file is left behind");
    }

    [Fact]
    public async Task Csv_output_in_gb18030_decodes_as_gb18030()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "answers.csv");

        await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--output-format", "csv", "--output-encoding", "gb18030", "--output", path);

        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        Spreadsheets.TableEncodings.Gb18030.GetString(bytes).Should().StartWith("行号,编号,评估日期");
    }

    [Fact]
    public async Task A_failed_run_leaves_an_earlier_output_file_untouched_and_no_half_written_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("answers.jsonl", "earlier answers\n");
        var input = folder.Write("in.xlsx", "not a workbook");

        var run = await Laborstd.RunAsync("eligibility", "--batch", input, "--output", path);

        run.ExitCode.Should().Be(2);
        (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Should().Be("earlier answers\n");
        Directory.GetFiles(folder.Path).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("folder", "这是目录，不是文件")]
    [InlineData("missing/answers.jsonl", "无法写入：所在目录不存在")]
    public async Task An_output_that_cannot_be_written_is_bad_input_naming_the_path(string name, string message)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "folder"));
        var path = Path.Combine(folder.Path, name);

        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--output", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(path).And.Contain(message);
    }

    [Fact]
    public async Task A_full_disk_is_bad_input_naming_the_path()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // only where the system has a device that is always full
        }

        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--output", "/dev/full", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("laborstd: /dev/full: cannot be written: the disk is full.");
    }

    [Fact]
    public async Task A_repeated_id_in_json_lines_is_an_error_record_naming_the_first_line()
    {
        const string input = "{\"id\":\"A\",\"education\":null,\"work\":[]}\n{\"id\":\"B\",\"work\":[]}\n{\"id\":\"A\",\"work\":[]}\n";

        var run = await Laborstd.RunAsync(["eligibility", "--batch", "-", "--verdict-only"], input);

        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(3);
        var repeated = lines[2].GetProperty("errors")[0];
        repeated.GetProperty("rule").GetString().Should().Be("repeated-id");
        repeated.GetProperty("message").GetProperty("zh").GetString().Should().Contain("第 1 行");
        run.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task An_unclosed_quote_costs_only_its_own_record_and_the_summary_counts_every_record()
    {
        var rows = new StringBuilder("编号,学历,工作职业编码,工作开始日期\n");
        for (var i = 1; i <= 1000; i++)
        {
            rows.Append(i == 500 ? $"{i},\"本科,3-01-01-02,2015-01-01\n" : $"{i},本科,3-01-01-02,2015-01-01\n");
        }

        var run = await Laborstd.RunAsync(["eligibility", "--batch", "-", "--format", "csv", "--verdict-only", "--lang", "en"], rows.ToString());

        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(1000);
        lines.Where(l => l.TryGetProperty("errors", out _)).Select(Id).Should().Equal("500");
        run.ErrorLines[^1].Should().StartWith("laborstd: <stdin>: 1,000 records:").And.EndWith("unreadable 1");
    }

    [Theory]
    [InlineData("jsonl", "json-size")]
    [InlineData("csv", "record-size")]
    public async Task A_record_over_the_size_limit_on_standard_input_is_an_error_record_and_the_next_is_read(string format, string rule)
    {
        var huge = new string('x', 2 * 1024 * 1024);
        var input = format == "jsonl"
            ? $"{{\"id\":\"A\",\"note\":\"{huge}\"}}\n{{\"id\":\"B\",\"work\":[]}}\n"
            : $"编号,学历\nA,{huge}\nB,本科\n";

        var run = await Laborstd.RunAsync(["eligibility", "--batch", "-", "--format", format, "--verdict-only"], input);

        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(2);
        lines[0].GetProperty("errors")[0].GetProperty("rule").GetString().Should().Be(rule);
        Has(lines[1], "levels").Should().BeTrue();
        run.Out.Length.Should().BeLessThan(10_000, "the oversized record is not echoed");
    }

    [Fact]
    public async Task Empty_standard_input_is_zero_records()
    {
        var run = await Laborstd.RunAsync(["eligibility", "--batch", "-", "--lang", "en"], string.Empty);

        run.ExitCode.Should().Be(0);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("laborstd: <stdin>: 0 records:");
    }

    [Fact]
    public async Task A_batch_for_one_level_writes_that_level_only_and_reads_stdin()
    {
        var input = await File.ReadAllTextAsync(Laborstd.PathOf("samples/batch.jsonl"), TestContext.Current.CancellationToken);

        var run = await Laborstd.RunAsync(["eligibility", "--batch", "-", "--level", "3"], input);

        var first = JsonDocument.Parse(run.OutLines[0]).RootElement;
        first.GetProperty("candidateId").GetString().Should().Be("B-01");
        first.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("level").GetInt32()).Should().Equal(3);
        run.ErrorLines[^1].Should().Be("laborstd: <stdin>: 共 30 条记录：三级/高级工可申报 7 人，无法确定 1 人，无法读取 1 条");
    }

    [Theory]
    [InlineData("--output-format", "xml", "--output-format：“xml”无效；可选：jsonl、csv。")]
    [InlineData("--format", "xls", "--format：“xls”无效；可选：jsonl、csv、tsv、xlsx。")]
    [InlineData("--encoding", "gb18030", "JSON Lines 总是 UTF-8 编码（RFC 8259）；--encoding 只用于 CSV 和 TSV。")]
    [InlineData("--sheet", "名单", "--sheet 只用于 .xlsx 工作簿。")]
    [InlineData("--output-encoding", "gb18030", "--output-encoding 只用于 --output-format csv。")]
    public async Task Options_that_do_not_fit_the_input_or_output_are_refused_before_any_output(string option, string value, string message)
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", option, value);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().Equal($"laborstd: {message}");
    }

    [Fact]
    public async Task Batch_options_without_a_batch_are_refused()
    {
        var run = await Laborstd.RunAsync("eligibility", "samples/candidates/level4-2-work.json", "--verdict-only");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal("laborstd: --output、--output-format、--output-encoding 和 --verdict-only 只用于 --batch。");
    }

    [Fact]
    public async Task A_batch_whose_every_record_is_read_exits_0_whatever_the_verdicts()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ok.jsonl", string.Join('\n', (await File.ReadAllLinesAsync(Laborstd.PathOf("samples/batch.jsonl"), TestContext.Current.CancellationToken)).Where(l => !l.Contains("B-23", StringComparison.Ordinal))));

        var run = await Laborstd.RunAsync("eligibility", "--batch", input, "--as-of", "2026-11-29");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().HaveCount(29);
    }

    [Fact]
    public async Task Progress_lines_come_every_so_many_records_when_asked_and_a_redrawn_line_only_on_a_terminal()
    {
        var asked = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--progress-every", "10", "--lang", "en");
        var quiet = await Laborstd.RunAsync(["eligibility", "--batch", "samples/batch.jsonl"], string.Empty, errorIsTerminal: false);

        asked.ErrorLines.Where(l => l.EndsWith("records done…", StringComparison.Ordinal)).Should().Equal(
            "laborstd: samples/batch.jsonl: 10 records done…",
            "laborstd: samples/batch.jsonl: 20 records done…",
            "laborstd: samples/batch.jsonl: 30 records done…");
        quiet.ErrorLines.Should().HaveCount(2, "a redirected stderr gets the bad line and the summary only");
        quiet.Error.Should().NotContain("\r");
        asked.Out.Should().Be(quiet.Out, "progress never reaches stdout");
    }

    [Fact]
    public async Task A_missing_batch_file_is_bad_input_before_any_output()
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/nothing.csv", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().Equal("laborstd: samples/nothing.csv: no such file.");
    }

    [Fact]
    public async Task A_closed_output_pipe_ends_the_run_at_once_and_quietly()
    {
        using var folder = new TempFolder();
        var line = (await File.ReadAllLinesAsync(Laborstd.PathOf("samples/batch.jsonl"), TestContext.Current.CancellationToken))[0];
        var input = folder.Write("many.jsonl", string.Concat(Enumerable.Range(0, 200_000).Select(i => line.Replace("\"B-01\"", $"\"N-{i}\"", StringComparison.Ordinal) + "\n")));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "laborstd.dll"), "eligibility", "--batch", input, "--as-of", "2026-11-29"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        (await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken)).Should().StartWith("{\"line\":1,");
        process.StandardOutput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(141);
        (await error).Should().NotContain("rror").And.NotContain("错误", "the run ends quietly: no summary of a run that did not finish, no error");
    }

    [Fact]
    public async Task Rules_are_given_by_name_as_well_as_by_file()
    {
        const string Holder = """{"id":"S-1","education":{"level":"seniorSecondary"},"schooling":[],"trainings":[],"certificates":[{"occupationCode":"3-01-01-02","level":4,"kind":"skillLevel","issuedOn":"2021-06-30"}],"work":[{"occupationCode":"3-01-01-02","from":"2021-07-01"}]}""";

        var seed = await Laborstd.RunAsync(["eligibility", "-", "--level", "3"], Holder);
        var extended = await Laborstd.RunAsync(["eligibility", "-", "--level", "3", "--rules", "skill-level-certificates"], Holder);
        var file = await Laborstd.RunAsync(["eligibility", "-", "--level", "3", "--rules", "samples/rules/skill-level-certificates.json"], Holder);

        seed.ExitCode.Should().Be(1);
        seed.Out.Should().Contain("请改用规则“skill-level-certificates”");
        extended.ExitCode.Should().Be(0);
        extended.Out.Should().StartWith("可以申报三级/高级工（1.9.1）：符合三级（2）。");
        file.Out.Should().Be(extended.Out);
    }

    private static bool Has(JsonElement element, string name) => element.TryGetProperty(name, out var _);

    private static string? Id(JsonElement line)
        => line.TryGetProperty("candidateId", out var id) ? id.GetString() : null;
}
