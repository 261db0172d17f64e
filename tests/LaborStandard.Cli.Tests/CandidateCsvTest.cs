using System.Text.Json;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests;

/// <summary>Candidates as CSV, as a spreadsheet saves them: quoting, line ends, the header, list cells, and a message naming line and column for each problem.</summary>
public class CandidateCsvTest
{
    private const string Header = "id,education,equivalent,educationObtainedOn,work,certificates,trainings,schooling,unknown";

    [Fact]
    public async Task Quoted_fields_crlf_a_byte_order_mark_and_blank_lines_are_read_as_a_spreadsheet_writes_them()
    {
        var csv = "\uFEFF" + Header + "\r\n\r\n"
            + "\"Q-1, the first\",juniorCollege,,,,,,,\r\n"
            + "\"Q-\"\"2\"\"\",seniorSecondary,,,\"3-01-01-02 2015-03-01\",,,,\r\n";

        var (run, lines) = await Batch(csv);

        run.ExitCode.Should().Be(0, run.ToString());
        lines.Select(l => l.GetProperty("candidateId").GetString()).Should().Equal("Q-1, the first", "Q-\"2\"");
        lines.Select(l => l.GetProperty("highestEligibleLevel").GetInt32()).Should().Equal(4, 4);
    }

    [Fact]
    public async Task Columns_may_come_in_any_order_and_case_and_may_be_left_out()
    {
        var (run, lines) = await Batch("WORK,Id\n3-01-01-02 2015-03-01 2016-03-01; 3-01-01-02 2016-03-02,R-1\n");

        run.ExitCode.Should().Be(0, run.ToString());
        var decision = lines.Single();
        decision.GetProperty("candidateId").GetString().Should().Be("R-1");
        decision.GetProperty("decisions")[0].GetProperty("verdict").GetString().Should().Be("eligible", "the two periods abut and education, left out, is unknown");
    }

    [Fact]
    public async Task Every_list_column_is_read_with_its_fields()
    {
        var csv = Header + "\n"
            + "F-1,bachelor,yes,2016-07-01,3-01-01-02 2024-09-01,3-01-01-02 4 vocationalQualification 2018-06-30,3-01-01-02 3 80.5 2025-01-10,technicalSchool technicianClass 2019-06-30 graduated,schooling\n";

        var (run, lines) = await Batch(csv);

        run.ExitCode.Should().Be(0, run.ToString());
        lines.Single().GetProperty("highestEligibleLevel").GetInt32().Should().Be(3);
    }

    [Theory]
    [InlineData("E-1,seniorSecondary,,,3-01-01-02,,,,", "$.work[0]", "work", "csv-format")]
    [InlineData("E-2,seniorSecondary,,,,3-01-01-02 four vocationalQualification 2020-01-01,,,", "$.certificates[0]", "certificates", "csv-format")]
    [InlineData("E-3,seniorSecondary,,,,,3-01-01-02 4 many,,", "$.trainings[0]", "trainings", "csv-format")]
    [InlineData("E-4,seniorSecondary,,,,,,technicalSchool regular 2027-06-30 soon,", "$.schooling[0]", "schooling", "csv-format")]
    [InlineData("E-5,seniorSecondary,perhaps,,,,,,", "$.education.equivalent", "equivalent", "csv-format")]
    [InlineData("E-6,,yes,,,,,,", "$.education", "education", "csv-format")]
    [InlineData("E-7,phd,,,,,,,", "$.education.level", "education", "unknown-value")]
    [InlineData("E-8,seniorSecondary,,2020-02-30,,,,,", "$.education.obtainedOn", "educationObtainedOn", "json-type")]
    [InlineData("E-9,seniorSecondary,,,3-01-01-02 2024-05-01 2024-04-30,,,,", "$.work[0].to", "work", "date-order")]
    [InlineData("E-10,seniorSecondary,,,,,3-01-01-02 4 -3,,", "$.trainings[0].hoursCompleted", "trainings", "range")]
    [InlineData("E-11,seniorSecondary,,,,,,,feelings", "$.unknown[0]", "unknown", "unknown-value")]
    public async Task A_bad_row_is_named_by_its_line_column_path_and_rule_and_the_next_row_is_still_read(string row, string path, string column, string rule)
    {
        var (run, lines) = await Batch($"{Header}\n{row}\nOK-1,juniorCollege,,,,,,,\n");

        run.ExitCode.Should().Be(2);
        lines.Should().HaveCount(2);
        var bad = lines[0];
        bad.GetProperty("line").GetInt64().Should().Be(2);
        bad.GetProperty("candidateId").GetString().Should().Be(row.Split(',')[0]);
        bad.GetProperty("errors").EnumerateArray().Should().Contain(
            e => e.GetProperty("path").GetString() == path && e.GetProperty("column").GetString() == column && e.GetProperty("rule").GetString() == rule,
            run.Out);
        lines[1].GetProperty("candidateId").GetString().Should().Be("OK-1");
        run.ErrorLines.Should().Contain(l => l.Contains($"{path}", StringComparison.Ordinal) && l.Contains($"(line 2, column {column})", StringComparison.Ordinal) && l.EndsWith($"[{rule}]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quoted_field_over_several_lines_keeps_the_line_numbers_of_the_rows_after_it()
    {
        var (run, lines) = await Batch($"{Header}\n\"M-1\nsecond line\",juniorCollege,,,,,,,\nM-2,phd,,,,,,,\n");

        lines[0].GetProperty("candidateId").GetString().Should().Be("M-1\nsecond line");
        lines[1].GetProperty("line").GetInt64().Should().Be(4);
        run.ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData("S-1,\"juniorCollege,,,,,,,", "not closed")]
    [InlineData("S-2,junior\"College,,,,,,,", "double quote")]
    [InlineData("\"S-3\"x,juniorCollege,,,,,,,", "closing quote")]
    [InlineData("S-4,juniorCollege,,,,,,,,,extra", "11 fields")]
    public async Task A_syntax_error_is_reported_for_its_row(string row, string message)
    {
        var (run, lines) = await Batch($"{Header}\n{row}\n", english: true);

        run.ExitCode.Should().Be(2);
        var errors = lines[0].GetProperty("errors");
        errors[0].GetProperty("rule").GetString().Should().Be("csv-format");
        errors[0].GetProperty("message").GetString().Should().Contain(message);
    }

    [Theory]
    [InlineData("id,name\nX-1,Someone\n", "laborstd: {0}: line 1: unknown column 'name'; the columns are id, education, equivalent, educationObtainedOn, work, certificates, trainings, schooling, unknown. [csv-format]")]
    [InlineData("id,ID\n", "laborstd: {0}: line 1: the column 'id' appears twice. [csv-format]")]
    [InlineData("\n\n", "laborstd: {0}: no header row; the first row names the columns: id,education,equivalent,educationObtainedOn,work,certificates,trainings,schooling,unknown.")]
    public async Task A_bad_header_stops_the_batch_before_any_output(string csv, string expected)
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad-header.csv", csv);

        var run = await Laborstd.RunAsync("eligibility", "--batch", file, "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, file));
    }

    private static async Task<(CliRun Run, List<JsonElement> Lines)> Batch(string csv, bool english = false)
    {
        using var folder = new TempFolder();
        var file = folder.Write("candidates.csv", csv);
        var run = await Laborstd.RunAsync("eligibility", "--batch", file, "--as-of", "2026-11-29", "--lang", english ? "en" : "zh");
        return (run, [.. run.OutLines.Select(l => JsonDocument.Parse(l).RootElement)]);
    }
}
