using LaborStandard.Spreadsheets.Tests.Support;

namespace LaborStandard.Spreadsheets.Tests;

/// <summary>The office samples of samples/ read as the guide and samples/README.md say, the CSV and the workbook alike.</summary>
public class SamplesTest
{
    private static readonly string[] Outcomes =
        ["3 2024-001 ok", "4 2024-002 ok", "5 2024-003 ok", "6 2024-004 ok", "8 2024-005 ok", "9 2024-006 ok", "10 2024-007 ok", "11 2024-008 table-unknown-value@学历"];

    [Theory]
    [InlineData("office-candidates-gb18030.csv", "gb18030")]
    [InlineData("office-candidates.xlsx", null)]
    public void The_office_samples_read_to_the_candidates_the_guide_shows(string file, string? encoding)
    {
        var options = new CandidateTableOptions { FileName = file, Encoding = encoding is null ? TableEncodings.Utf8 : TableEncodings.Get(encoding) };
        using var reader = CandidateTableReader.Open(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", file)), options);

        var columns = reader.ReadHeader();
        var records = reader.ReadRecords().ToList();

        columns.HeaderLine.Should().Be(2);
        columns.Ignored.Should().Equal("姓名", "身份证号", "联系电话");
        Tables.Outcomes(records).Should().Equal(Outcomes);
        records[3].Candidate!.WorkHistory.Should().HaveCount(2, "2024-004 goes on over two rows");
    }

    [Fact]
    public void The_workbook_and_the_CSV_give_the_same_facts()
    {
        var csv = Tables.ReadBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "office-candidates-gb18030.csv")), new CandidateTableOptions { Encoding = TableEncodings.Gb18030 });
        var xlsx = Tables.ReadBytes(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "office-candidates.xlsx")), new CandidateTableOptions { Format = TableFormat.Xlsx });

        xlsx.Select(r => r.Candidate).Should().Equal(csv.Select(r => r.Candidate));
    }
}
