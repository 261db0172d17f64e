using LaborStandard.Eligibility.Rules;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Tests.Support;
using static LaborStandard.Spreadsheets.Tests.Support.XlsxBuilder;

namespace LaborStandard.Spreadsheets.Tests.Xlsx;

/// <summary>Workbooks as Excel and others write them: date cells by format, serials, the 1904 system, shared, rich and inline strings, error cells, sheets by name.</summary>
public class XlsxTest
{
    private static readonly object?[] Header = ["编号", "学历", "工作职业编码", "工作开始日期", "工作结束日期", "证书职业编码", "证书等级", "证书类别", "发证日期"];
    private static readonly DateOnly September1 = new(2023, 9, 1);
    private static readonly CandidateTableOptions Xlsx = new() { Format = TableFormat.Xlsx };

    [Fact]
    public void Date_cells_serials_and_dates_as_text_are_read_and_each_row_is_named_by_its_sheet_row()
    {
        var workbook = new XlsxBuilder().Sheet(
            "名单",
            (1, Header),
            (2, ["X-1", "本科", "3-01-01-02", new Number(45170, Style.Date)]),
            (3, ["X-2", new Inline("大专"), "3-01-01-02", new Number(45170, Style.ChineseCustomDate), new Number(45291, Style.ChineseBuiltInDate)]),
            (4, ["X-3", "高中", "3-01-01-02", new Number(45170)]),
            (5, ["X-4", "本科", "3-01-01-02", new TextStyled("2023/9/1")]),
            (6, ["X-5", "本科", "3-01-01-02", new Number(20230901)]),
            (7, ["X-6", "本科", "3-01-01-02", new Error("#N/A")]),
            (8, ["X-7", "本科", "3-01-01-02", new Number(0.5, Style.TimeOnly)]),
            (10, ["X-8", "本科", "3-01-01-02", new Number(45170.75, Style.Date)]),
            (11, ["X-9", "本科", "3-01-01-02", new Number(45170, Style.Date), null, "3-01-01-02", 4, "职业资格证书", new Number(44377, Style.Date)]),
            (12, ["X-10", "本科", "3-01-01-02", new Number(45170, Style.Date), null, "3-01-01-02", new Inline("中级工"), "技能等级证书", new TextStyled("20210630")]))
            .Build();

        var records = Tables.ReadBytes(workbook, Xlsx);

        Tables.Outcomes(records).Should().Equal(
            "2 X-1 ok", "3 X-2 ok", "4 X-3 ok", "5 X-4 ok", "6 X-5 ok", "7 X-6 table-cell-error@工作开始日期", "8 X-7 table-date@工作开始日期", "10 X-8 ok", "11 X-9 ok", "12 X-10 ok");
        records.Where(r => r.IsValid).Select(r => r.Candidate!.WorkHistory.Single().From).Should().AllBeEquivalentTo(September1);
        records[1].Candidate!.WorkHistory.Single().To.Should().Be(new DateOnly(2023, 12, 31));
        records[1].Candidate!.Education!.Level.Should().Be(EducationLevel.JuniorCollege, "inline strings are text");
        records[8].Candidate!.Certificates.Single().Should().Be(new Certificate("3-01-01-02", SkillLevel.Level4, CertificateKind.VocationalQualification, new DateOnly(2021, 6, 30)));
        records[9].Candidate!.Certificates.Single().Kind.Should().Be(CertificateKind.SkillLevel);
        records[5].Errors.Single().Value.Should().Be("#N/A");
    }

    [Fact]
    public void A_workbook_in_the_1904_date_system_reads_its_serials_from_1904()
    {
        var workbook = new XlsxBuilder { Date1904 = true }.Sheet("Sheet1", (1, Header), (2, ["Y-1", "本科", "3-01-01-02", new Number(45170 - 1462, Style.Date)])).Build();

        Tables.ReadBytes(workbook, Xlsx).Single().Candidate!.WorkHistory.Single().From.Should().Be(September1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parts_are_found_as_the_package_relates_them_in_either_namespace(bool strict)
    {
        // Another writer's layout: the workbook elsewhere, an absolute target and a target through "..", and
        // (strict) the ISO 29500 strict namespaces instead of the transitional ones.
        var built = new XlsxBuilder().Sheet("名单", (1, Header), (2, ["S-1", "本科", "3-01-01-02", new Number(45170, Style.Date)])).Build();
        var moved = Repack(built, (path, xml) =>
        {
            xml = xml.Replace("Target=\"xl/workbook.xml\"", "Target=\"/book/main.xml\"", StringComparison.Ordinal)
                .Replace("Target=\"worksheets/sheet1.xml\"", "Target=\"../xl/worksheets/sheet1.xml\"", StringComparison.Ordinal)
                .Replace("Target=\"styles.xml\"", "Target=\"/xl/styles.xml\"", StringComparison.Ordinal)
                .Replace("Target=\"sharedStrings.xml\"", "Target=\"../xl/sharedStrings.xml\"", StringComparison.Ordinal);
            if (strict)
            {
                xml = xml.Replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main", StringComparison.Ordinal)
                    .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal);
            }

            return (path switch
            {
                "xl/workbook.xml" => "book/main.xml",
                "xl/_rels/workbook.xml.rels" => "book/_rels/main.xml.rels",
                _ => path,
            }, xml);
        });

        var record = Tables.ReadBytes(moved, Xlsx).Single();

        record.IsValid.Should().BeTrue(string.Join("; ", record.Errors));
        record.Candidate!.Id.Should().Be("S-1");
        record.Candidate.WorkHistory.Single().From.Should().Be(September1, "the styles were found, so the date cell is a date");
    }

    private static byte[] Repack(byte[] workbook, Func<string, string, (string Path, string Xml)> change)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(workbook), System.IO.Compression.ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var (path, xml) = change(entry.FullName, reader.ReadToEnd());
                using var writer = new StreamWriter(zip.CreateEntry(path).Open());
                writer.Write(xml);
            }
        }

        return output.ToArray();
    }

    [Fact]
    public void Rich_text_keeps_its_runs_and_drops_its_phonetic_guide()
    {
        var workbook = new XlsxBuilder().Sheet("Sheet1", (1, ["编号", "学历"]), (2, ["Z-1", "大学本科"]), (3, ["Z-2", "大专"])).Build();

        var records = Tables.ReadBytes(workbook, Xlsx);

        Tables.Outcomes(records).Should().Equal("2 Z-1 ok", "3 Z-2 ok");
        records.Select(r => r.Candidate!.Education!.Level).Should().Equal(EducationLevel.Bachelor, EducationLevel.JuniorCollege);
    }

    [Fact]
    public void An_empty_sheet_is_zero_candidates()
    {
        var workbook = new XlsxBuilder().Sheet("Sheet1").Build();
        using var reader = CandidateTableReader.Open(new MemoryStream(workbook), Xlsx);

        reader.ReadHeader().HeaderLine.Should().Be(0);
        reader.ReadRecords().Should().BeEmpty();
    }

    [Fact]
    public void A_sheet_is_chosen_by_name_and_a_missing_one_names_the_sheets_there_are()
    {
        var workbook = new XlsxBuilder()
            .Sheet("说明", (1, ["本表为虚构示例"]))
            .Sheet("名单", (1, ["编号", "学历"]), (2, ["N-1", "本科"]))
            .Build();

        Tables.Outcomes(Tables.ReadBytes(workbook, new CandidateTableOptions { Format = TableFormat.Xlsx, Sheet = "名单" })).Should().Equal("2 N-1 ok");
        var missing = () => Tables.ReadBytes(workbook, new CandidateTableOptions { Format = TableFormat.Xlsx, Sheet = "报名表" });
        var error = missing.Should().Throw<DocumentException>().Which.Errors.Single();
        error.Rule.Should().Be(TableRules.Workbook);
        error.Message.Chinese.Should().Contain("说明、名单");
        error.Value.Should().Be("报名表");
    }

    [Fact]
    public void Title_rows_above_the_header_keep_the_sheet_row_numbers()
    {
        var workbook = new XlsxBuilder().Sheet(
            "Sheet1",
            (1, ["2024年度申报人员名单"]),
            (3, ["序号", "姓名", "学历"]),
            (4, ["T-1", "测试甲", "本科"]),
            (5, ["T-2", "测试乙", "硕士"])).Build();

        Tables.Outcomes(Tables.ReadBytes(workbook, Xlsx)).Should().Equal("4 T-1 ok", "5 T-2 ok");
    }

    [Fact]
    public void A_value_outside_the_headers_columns_is_an_error_of_its_row()
    {
        var workbook = new XlsxBuilder().Sheet("Sheet1", (1, ["编号", "学历"]), (2, ["O-1", "本科", null, "多余"]), (3, ["O-2", "本科", null, new Inline(" ")])).Build();

        Tables.Outcomes(Tables.ReadBytes(workbook, Xlsx)).Should().Equal("2 O-1 table-field-count@$", "3 O-2 ok");
    }

    [Fact]
    public void A_workbook_is_read_from_a_stream_that_cannot_seek()
    {
        var workbook = new XlsxBuilder().Sheet("Sheet1", (1, ["编号", "学历"]), (2, ["P-1", "本科"])).Build();

        Tables.Outcomes([.. CandidateTable.Read(new ForwardOnlyStream(workbook), Xlsx)]).Should().Equal("2 P-1 ok");
    }

    [Fact]
    public void Bytes_that_are_not_a_workbook_are_a_clear_error()
    {
        var read = () => Tables.ReadBytes("编号,学历\nA,本科\n"u8.ToArray(), Xlsx);

        read.Should().Throw<DocumentException>().Which.Errors.Single().Rule.Should().Be(TableRules.Workbook);
    }

    [Fact]
    public void The_progress_counts_sheet_rows_against_the_dimension()
    {
        var workbook = new XlsxBuilder().Sheet("Sheet1", (1, ["编号", "学历"]), (2, ["P-1", "本科"]), (3, ["P-2", "本科"]), (4, ["P-3", "本科"])).Build();
        using var reader = CandidateTableReader.Open(new MemoryStream(workbook), Xlsx);

        using var records = reader.ReadRecords().GetEnumerator();
        records.MoveNext().Should().BeTrue();

        reader.Progress.Unit.Should().Be(TableProgressUnit.Rows);
        reader.Progress.Total.Should().Be(4);
        reader.Progress.Consumed.Should().BeInRange(2, 3);
    }
}
