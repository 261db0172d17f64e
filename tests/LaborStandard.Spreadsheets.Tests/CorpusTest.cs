using LaborStandard.Eligibility.Rules;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Tests.Support;

namespace LaborStandard.Spreadsheets.Tests;

/// <summary>
/// The hostile batch files of Corpus/: every file states the outcome of each of its records (line, id, read or which
/// rule in which column), and the number of records equals the candidates in the file, whatever goes wrong.
/// </summary>
public class CorpusTest
{
    private static readonly string[] ThreeCandidates = ["2 A-1 ok", "3 A-2 ok", "4 A-3 ok"];

    [Theory]
    [InlineData("utf8-bom-crlf.csv", null)]
    [InlineData("utf8-lf.csv", null)]
    [InlineData("cr-only.csv", null)]
    [InlineData("gb18030.csv", "gb18030")]
    [InlineData("gb18030.csv", "GBK")]
    [InlineData("utf16le-bom.csv", null)]
    [InlineData("utf16be-bom.csv", null)]
    [InlineData("utf16le-bom.csv", "gb18030")]
    [InlineData("utf16le-nobom.csv", "utf-16")]
    [InlineData("tab.tsv", null)]
    public void Every_encoding_and_line_end_reads_the_same_three_candidates(string file, string? encoding)
    {
        var options = encoding is null ? CandidateTableOptions.Default : new CandidateTableOptions { Encoding = TableEncodings.Get(encoding) };

        var records = Tables.ReadCorpus(file, options);

        Tables.Outcomes(records).Should().Equal(ThreeCandidates);
        records.Select(r => r.Candidate).Should().Equal(Tables.ReadCorpus("utf8-lf.csv").Select(r => r.Candidate), "every encoding reads the same facts");
    }

    [Fact]
    public void The_three_candidates_have_the_facts_their_cells_give()
    {
        var records = Tables.ReadCorpus("utf8-lf.csv");

        var first = records[0].Candidate!;
        first.Education.Should().Be(new EducationRecord(EducationLevel.Bachelor, isEquivalent: false, new DateOnly(2016, 7, 1)));
        first.WorkHistory.Should().Equal(new WorkPeriod("3-01-01-02", new DateOnly(2023, 9, 1)));
        first.Certificates.Should().BeEmpty();
        first.UnknownFacts.Should().Be(CandidateFacts.Trainings | CandidateFacts.Schooling, "their columns are absent; the certificate columns are there and blank");
        first.RelatedOccupationsGiven.Should().BeFalse();
        var second = records[1].Candidate!;
        second.WorkHistory.Should().Equal(new WorkPeriod("3-01-01-02", new DateOnly(2019, 3, 1), new DateOnly(2024, 6, 30)));
        second.Certificates.Should().Equal(new Certificate("3-01-01-02", SkillLevel.Level4, CertificateKind.VocationalQualification, new DateOnly(2021, 6, 30)));
        records[2].Candidate!.WorkHistory.Single().From.Should().Be(new DateOnly(2015, 3, 1), "a trailing 0:00 is what Excel writes for a date-time");
    }

    [Fact]
    public void A_GB18030_file_read_as_UTF8_stops_at_its_header_naming_the_line_and_the_encoding()
    {
        var read = () => Tables.ReadCorpus("gb18030.csv");

        var error = read.Should().Throw<DocumentException>().Which.Errors.Single();
        error.Rule.Should().Be(TableRules.TextEncoding);
        error.Line.Should().Be(1);
        error.Message.Chinese.Should().Contain("GB18030");
    }

    [Fact]
    public void An_invalid_byte_costs_its_own_record_and_is_never_replaced()
    {
        var records = Tables.ReadCorpus("invalid-utf8.csv");

        Tables.Outcomes(records).Should().Equal("2 A-1 ok", "3 A-2 text-encoding@姓名", "4 A-3 ok");
        records[1].Errors.Single().ToString(null).Should().NotContain("\uFFFD").And.NotContain("\uFFFF");
    }

    [Fact]
    public void Quotes_are_read_as_spreadsheets_write_them_and_a_stray_quote_names_its_column()
    {
        var records = Tables.ReadCorpus("quotes.csv");

        Tables.Outcomes(records).Should().Equal("2 Q-1 ok", "3 Q-2 ok", "4 Q-3 ok", "6 Q-4 csv-quote@姓名", "7 Q-5 csv-quote@姓名", "8 Q-6 ok");
    }

    [Theory]
    [InlineData("unclosed-quote-1000.csv")]
    [InlineData("unclosed-quote-closed-later.csv")]
    public void An_unclosed_quote_in_the_middle_of_1000_rows_costs_one_record(string file)
    {
        var records = Tables.ReadCorpus(file);

        records.Should().HaveCount(1000);
        records.Where(r => !r.IsValid).Select(Tables.Outcome).Should().Equal("501 U-500 csv-unclosed-quote@学历");
        records.Select(r => r.Line).Should().Equal(Enumerable.Range(2, 1000).Select(l => (long)l));
        records.Select(r => r.CandidateId).Should().Equal(Enumerable.Range(1, 1000).Select(i => $"U-{i}"));
    }

    [Fact]
    public void Short_and_long_rows_are_errors_and_a_row_of_separators_is_blank()
    {
        Tables.Outcomes(Tables.ReadCorpus("field-counts.csv")).Should().Equal("2 F-1 ok", "3 F-2 table-field-count@$", "4 F-3 table-field-count@$", "6 F-4 ok");
    }

    [Fact]
    public void Blank_lines_are_not_records_and_do_not_shift_line_numbers()
    {
        Tables.Outcomes(Tables.ReadCorpus("blank-lines.csv")).Should().Equal("5 B-1 ok", "10 B-2 ok");
    }

    [Fact]
    public void A_record_over_the_limit_is_an_error_record_and_the_next_is_read()
    {
        var records = Tables.ReadCorpus("huge-record.csv", new CandidateTableOptions { MaxRecordLength = 2048 });

        Tables.Outcomes(records).Should().Equal("2 H-1 ok", "3 H-2 record-size@备注", "4 H-3 ok");
    }

    [Fact]
    public void Rows_of_one_candidate_follow_one_another_and_a_repeated_id_names_its_first_line()
    {
        var records = Tables.ReadCorpus("repeated-ids.csv");

        Tables.Outcomes(records).Should().Equal("2 R-1 ok", "4 R-2 ok", "5 R-3 ok", "6 R-1 repeated-id@编号", "7 R-4 table-continuation@学历");
        records[0].Candidate!.WorkHistory.Should().HaveCount(2);
        records[3].Errors.Single().Message.Chinese.Should().Contain("第 2 行");
        records[4].Errors.Single().Line.Should().Be(8, "the error is on the continuation row; the record starts on line 7");
    }

    [Fact]
    public void Title_rows_are_skipped_and_unknown_columns_are_listed_once()
    {
        using var reader = CandidateTableReader.Open(File.OpenRead(Tables.CorpusPath("title-rows.csv")));

        var columns = reader.ReadHeader();
        var records = reader.ReadRecords().ToList();

        columns.HeaderLine.Should().Be(4);
        columns.Ignored.Should().Equal("姓名", "身份证号", "联系电话");
        columns.Recognised.Select(c => (c.Header, c.Field)).Should().Equal(("序号", TableField.Id), ("文化程度", TableField.Education), ("参加工作时间", TableField.WorkFrom), ("Work Occupation Code", TableField.WorkOccupationCode));
        Tables.Outcomes(records).Should().Equal("5 T-1 ok", "6 T-2 ok");
        records[1].Candidate!.Education!.Level.Should().Be(EducationLevel.JuniorCollege);
        records[1].Candidate!.WorkHistory.Single().Should().Be(new WorkPeriod("3-01-01-02", new DateOnly(2021, 3, 1)));
    }

    [Fact]
    public void Dates_are_read_in_every_accepted_form_and_others_are_errors()
    {
        var records = Tables.ReadCorpus("dates.csv");

        Tables.Outcomes(records).Should().Equal(
            "2 D-1 ok", "3 D-2 ok", "4 D-3 ok", "5 D-4 ok", "6 D-5 ok", "7 D-6 ok", "8 D-7 ok",
            "9 D-8 table-date@工作开始日期", "10 D-9 table-date@工作开始日期", "11 D-10 table-date@工作开始日期", "12 D-11 table-date@工作开始日期", "13 D-12 table-date@工作开始日期");
        records.Where(r => r.IsValid).Select(r => r.Candidate!.WorkHistory.Single().From).Should().AllBeEquivalentTo(new DateOnly(2020, 1, 2));
        records[8].Errors.Single().Value.Should().Be("1/2/2020");
    }
}
