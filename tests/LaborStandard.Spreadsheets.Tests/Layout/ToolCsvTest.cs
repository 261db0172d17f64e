using System.Text.RegularExpressions;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Tests.Support;

namespace LaborStandard.Spreadsheets.Tests.Layout;

/// <summary>The tool's own CSV dialect (samples/batch.csv), recognised by its header and read with the outcomes the tool had.</summary>
public class ToolCsvTest
{
    private const string Header = "id,education,equivalent,educationObtainedOn,work,certificates,trainings,schooling,unknown";

    [Fact]
    public void The_sample_batch_is_recognised_by_its_header_and_read_row_by_row()
    {
        using var reader = CandidateTableReader.Open(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", "batch.csv")));

        reader.ReadHeader().Layout.Should().Be(TableLayout.ToolCsv);
        var records = reader.ReadRecords().ToList();

        Tables.Outcomes(records).Should().Equal(
            "2 C-01 ok", "3 C-02 ok", "4 C-03 ok", "5 C-04 ok", "6 C-05 ok", "7 C-06 ok", "8 C-07 ok", "9 C-08 ok", "10 C-09 ok", "11 C-10 ok", "12 C-11 ok",
            "13 C-12 table-date@work");
        records[8].Candidate!.WorkHistory.Should().Equal(
            new WorkPeriod("3-01-01-02", new DateOnly(2023, 1, 1), new DateOnly(2024, 6, 30)), new WorkPeriod("3-01-01-02", new DateOnly(2024, 7, 1)));
        records[9].Candidate!.UnknownFacts.Should().Be(CandidateFacts.Education);
        records[4].Candidate!.Schooling.Single().Should().Be(new SchoolRecord(SchoolKind.VocationalSchool, SchoolProgramme.Regular, new DateOnly(2027, 6, 30), hasGraduated: false));
        records[6].Candidate!.Trainings.Single().Should().Be(new TrainingRecord("3-01-01-02", SkillLevel.Level3, 80, new DateOnly(2026, 9, 30)));
        records[0].Candidate!.UnknownFacts.Should().Be(CandidateFacts.None, "a list column of the dialect that is blank is known to be empty");
    }

    [Fact]
    public void Quoted_fields_crlf_and_a_byte_order_mark_are_read_as_a_spreadsheet_writes_them()
    {
        var records = Tables.Read("\uFEFF" + Header + "\r\n\r\n\"Q-1, the first\",juniorCollege,,,,,,,\r\n\"Q-\"\"2\"\"\",seniorSecondary,,,\"3-01-01-02 2015-03-01\",,,,\r\n");

        records.Select(r => r.CandidateId).Should().Equal("Q-1, the first", "Q-\"2\"");
        records.Should().OnlyContain(r => r.IsValid);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_case_and_may_be_left_out()
    {
        var record = Tables.Read("WORK,Id\n3-01-01-02 2015-03-01 2016-03-01; 3-01-01-02 2016-03-02,R-1\n").Single();

        record.Candidate!.WorkHistory.Should().HaveCount(2);
        record.Candidate.UnknownFacts.Should().Be(CandidateFacts.Education);
        record.Candidate.Certificates.Should().BeEmpty();
    }

    [Theory]
    [InlineData("E-1,seniorSecondary,,,3-01-01-02,,,,", "$.work[0]", "work", TableRules.CsvFormat)]
    [InlineData("E-2,seniorSecondary,,,,3-01-01-02 four vocationalQualification 2020-01-01,,,", "$.certificates[0]", "certificates", TableRules.CsvFormat)]
    [InlineData("E-3,seniorSecondary,,,,,3-01-01-02 4 many,,", "$.trainings[0]", "trainings", TableRules.CsvFormat)]
    [InlineData("E-4,seniorSecondary,,,,,,technicalSchool regular 2027-06-30 soon,", "$.schooling[0]", "schooling", TableRules.CsvFormat)]
    [InlineData("E-5,seniorSecondary,perhaps,,,,,,", "$.education.equivalent", "equivalent", TableRules.UnknownValue)]
    [InlineData("E-6,,yes,,,,,,", "$.education", "education", TableRules.Required)]
    [InlineData("E-7,phd,,,,,,,", "$.education.level", "education", TableRules.UnknownValue)]
    [InlineData("E-8,seniorSecondary,,2020-02-30,,,,,", "$.education.obtainedOn", "educationObtainedOn", TableRules.Date)]
    [InlineData("E-9,seniorSecondary,,,3-01-01-02 2024-05-01 2024-04-30,,,,", "$.work[0].to", "work", StandardRules.DateOrder)]
    [InlineData("E-10,seniorSecondary,,,,,3-01-01-02 4 -3,,", "$.trainings[0].hoursCompleted", "trainings", StandardRules.Range)]
    [InlineData("E-11,seniorSecondary,,,,,,,feelings", "$.unknown[0]", "unknown", TableRules.UnknownValue)]
    [InlineData("E-12,seniorSecondary,,,3-1-1-2 2020-01-01,,,,", "$.work[0].occupationCode", "work", StandardRules.CodeFormat)]
    public void A_bad_row_is_named_by_its_line_column_path_and_rule_and_the_next_row_is_still_read(string row, string path, string column, string rule)
    {
        var records = Tables.Read($"{Header}\n{row}\nOK-1,juniorCollege,,,,,,,\n");

        records.Should().HaveCount(2);
        records[0].Line.Should().Be(2);
        records[0].CandidateId.Should().Be(row.Split(',')[0]);
        records[0].Errors.Should().ContainSingle(e => e.Path == path && e.Column == column && e.Rule == rule && e.Line == 2);
        records[0].Errors.Should().OnlyContain(
            e => Regex.IsMatch(e.Message.Chinese, @"\p{IsCJKUnifiedIdeographs}") && !Regex.IsMatch(Regex.Replace(e.Message.Chinese, "“[^”]*”", string.Empty), @"[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}"),
            "the Chinese message has no English sentence outside what it quotes, also when a model rule is broken");
        records[1].IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("S-1,\"juniorCollege,,,,,,,", TableRules.CsvUnclosedQuote)]
    [InlineData("S-2,junior\"College,,,,,,,", TableRules.CsvQuote)]
    [InlineData("\"S-3\"x,juniorCollege,,,,,,,", TableRules.CsvQuote)]
    [InlineData("S-4,juniorCollege,,,,,,,,,extra", TableRules.FieldCount)]
    [InlineData("S-5,juniorCollege,,,,,,", TableRules.FieldCount)]
    public void A_syntax_error_is_an_error_of_its_row(string row, string rule)
    {
        var record = Tables.Read($"{Header}\n{row}\n").Single();

        record.Errors.Single().Rule.Should().Be(rule);
    }

    [Theory]
    [InlineData("work,name\n", "name")]
    [InlineData("id,ID\n", "ID")]
    public void A_bad_header_of_the_dialect_stops_the_table_before_any_record(string csv, string column)
    {
        var read = () => Tables.Read(csv + "X-1,y\n");

        var error = read.Should().Throw<DocumentException>().Which.Errors.Single();
        error.Rule.Should().Be(TableRules.Header);
        error.Column.Should().Be(column);
        error.Line.Should().Be(1);
    }

    [Fact]
    public void An_input_without_any_row_is_zero_candidates()
    {
        Tables.Read("\n\n").Should().BeEmpty();
        Tables.Read(string.Empty).Should().BeEmpty();
    }
}
