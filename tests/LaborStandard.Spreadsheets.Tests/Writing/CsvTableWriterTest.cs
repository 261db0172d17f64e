using System.Text;
using LaborStandard.Spreadsheets.Writing;

namespace LaborStandard.Spreadsheets.Tests.Writing;

/// <summary>The table writer: a header row, escaping by RFC 4180, and bytes Excel opens with Chinese intact.</summary>
public class CsvTableWriterTest
{
    private static readonly string[] Columns = ["编号", "结论", "说明"];

    [Fact]
    public void A_table_is_UTF8_with_a_byte_order_mark_and_CRLF_and_escapes_what_needs_it()
    {
        var bytes = Write(TableWriterOptions.Default, ["A-1", "符合", "学历：本科, 工作 3 年"], ["A-\"2\"", "不符合", "第一行\n第二行"], ["A-3", null, string.Empty]);

        bytes.AsSpan(0, 3).ToArray().Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().Be(
            "编号,结论,说明\r\nA-1,符合,\"学历：本科, 工作 3 年\"\r\n\"A-\"\"2\"\"\",不符合,\"第一行\n第二行\"\r\nA-3,,\r\n");
    }

    [Fact]
    public void A_table_written_is_read_back_cell_for_cell_by_the_reader()
    {
        var bytes = Write(TableWriterOptions.Default, ["Q-1", "本科", "说\"明, 含逗号"], ["Q-2", "大专", "跨\r\n行"]);

        using var reader = CandidateTableReader.Open(new MemoryStream(bytes));
        var columns = reader.ReadHeader();
        var records = reader.ReadRecords().ToList();

        columns.Ignored.Should().Equal("结论", "说明");
        records.Select(r => r.CandidateId).Should().Equal("Q-1", "Q-2");
        records.Should().OnlyContain(r => r.IsValid);
    }

    [Fact]
    public void GB18030_and_TSV_are_written_when_asked_for()
    {
        var bytes = Write(new TableWriterOptions { Encoding = TableEncodings.Gb18030, Format = TableFormat.Tsv, NewLine = "\n" }, ["A-1", "符合", "a\tb"]);

        TableEncodings.Gb18030.GetString(bytes).Should().Be("编号\t结论\t说明\nA-1\t符合\t\"a\tb\"\n");
    }

    [Fact]
    public void An_empty_table_still_has_its_header()
    {
        Encoding.UTF8.GetString(Write(new TableWriterOptions { ByteOrderMark = false })).Should().Be("编号,结论,说明\r\n");
    }

    [Fact]
    public void A_row_must_have_one_cell_per_column()
    {
        using var writer = CsvTableWriter.Create(new MemoryStream(), Columns);

        var write = () => writer.WriteRow("A-1", "符合");

        write.Should().Throw<ArgumentException>().WithMessage("*3 cells*2 were given*");
    }

    private static byte[] Write(TableWriterOptions options, params string?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvTableWriter.Create(stream, Columns, new TableWriterOptions { Encoding = options.Encoding, Format = options.Format, ByteOrderMark = options.ByteOrderMark, NewLine = options.NewLine, LeaveOpen = true }))
        {
            foreach (var row in rows)
            {
                writer.WriteRow(row);
            }
        }

        return stream.ToArray();
    }
}
