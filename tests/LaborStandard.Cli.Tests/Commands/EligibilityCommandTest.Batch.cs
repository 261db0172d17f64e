using System.Text.Json;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>
/// <c>--batch</c>: one JSON line per candidate, in input order; a bad record gets its own line with its errors and the
/// others go on; progress and a summary on stderr; exit 0 when every record was read, 2 otherwise.
/// </summary>
public partial class EligibilityCommandTest
{
    [Fact]
    public async Task The_json_lines_sample_gives_one_line_per_candidate_and_one_for_its_bad_line()
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--lang", "en");

        run.ExitCode.Should().Be(2, "one line of the sample is bad");
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(30);
        lines.Select(Id).Should().Equal(Enumerable.Range(1, 30).Select(i => $"B-{i:00}"), "a bad JSON line is known by its line number and, where it can be read, its id");
        var bad = lines[22];
        bad.GetProperty("valid").GetBoolean().Should().BeFalse();
        bad.GetProperty("line").GetInt64().Should().Be(23);
        bad.GetProperty("errors")[0].GetProperty("path").GetString().Should().Be("$.work[0].from");
        bad.GetProperty("errors")[0].GetProperty("rule").GetString().Should().Be("json-type");
        lines.Where(l => !l.TryGetProperty("valid", out _)).Should().OnlyContain(l => l.GetProperty("decisions").GetArrayLength() == 2);
        run.ErrorLines.Should().Equal(
            "laborstd: samples/batch.jsonl: $.work[0].from (line 23): '2024-02-30' is not a date written yyyy-MM-dd. [json-type]",
            "laborstd: samples/batch.jsonl: 30 candidates: Level 4 / intermediate worker eligible 19, Level 3 / senior worker eligible 7, indeterminate 3, invalid 1");
    }

    [Fact]
    public async Task The_csv_sample_decides_as_the_same_candidates_in_json_would()
    {
        var run = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.csv");

        run.ExitCode.Should().Be(2);
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(Id).Should().Equal(Enumerable.Range(1, 12).Select(i => $"C-{i:00}"));
        lines.Take(11).Select(l => l.GetProperty("highestEligibleLevel") is { ValueKind: JsonValueKind.Number } level ? level.GetInt32() : 0)
            .Should().Equal(4, 4, 3, 4, 4, 3, 3, 3, 4, 0, 0);
        var bad = lines[11];
        bad.GetProperty("line").GetInt64().Should().Be(13);
        bad.GetProperty("errors")[0].GetProperty("column").GetString().Should().Be("work");
        run.ErrorLines.Should().Equal(
            "laborstd: samples/batch.csv: $.work[0].from (line 13, column work): '2024-02-30' is not a date written yyyy-MM-dd. [json-type]",
            "laborstd: samples/batch.csv: 共 12 名考生：四级/中级工可申报 9 人，三级/高级工可申报 4 人，无法确定 1 人，无效记录 1 条");
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
    public async Task A_batch_for_one_level_writes_decisions_and_reads_stdin()
    {
        var input = await File.ReadAllTextAsync(Laborstd.PathOf("samples/batch.jsonl"), TestContext.Current.CancellationToken);

        var run = await Laborstd.RunAsync(["eligibility", "--batch", "-", "--level", "3"], input);

        var first = JsonDocument.Parse(run.OutLines[0]).RootElement;
        first.GetProperty("level").GetInt32().Should().Be(3);
        first.GetProperty("candidateId").GetString().Should().Be("B-01");
        run.ErrorLines[^1].Should().Be("laborstd: <stdin>: 共 30 名考生：三级/高级工可申报 7 人，无法确定 1 人，无效记录 1 条");
    }

    [Fact]
    public async Task Progress_is_reported_on_stderr_every_so_many_candidates()
    {
        var asked = await Laborstd.RunAsync("eligibility", "--batch", "samples/batch.jsonl", "--progress-every", "10", "--lang", "en");
        var quiet = await Laborstd.RunAsync(["eligibility", "--batch", "samples/batch.jsonl"], string.Empty, errorIsTerminal: false);

        asked.ErrorLines.Where(l => l.EndsWith("candidates decided…", StringComparison.Ordinal)).Should().Equal(
            "laborstd: samples/batch.jsonl: 10 candidates decided…",
            "laborstd: samples/batch.jsonl: 20 candidates decided…",
            "laborstd: samples/batch.jsonl: 30 candidates decided…");
        quiet.ErrorLines.Should().HaveCount(2, "a small input to a redirected stderr gets its bad line and the summary only");
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

    private static string? Id(JsonElement line)
        => line.TryGetProperty("candidateId", out var id) ? id.GetString() : null;
}
