using System.Globalization;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using LaborStandard.Spreadsheets;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// The read stage of a batch: 100,000 candidates in the office layout (Chinese headers and values, dates written
/// several ways, an ignored name column, one candidate in ten on two rows), from CSV and from .xlsx, up to the
/// candidate records. The figures are per table of 100,000 candidates.
/// </summary>
[MemoryDiagnoser]
public class TableReadingBenchmarks
{
    /// <summary>The candidates of a table.</summary>
    public const int Candidates = 100_000;

    private const string Header = "编号,姓名,学历,学历取得日期,工作职业编码,工作开始日期,工作结束日期,证书职业编码,证书等级,证书类别,发证日期";

    private static readonly string[] Educations = ["本科", "大专", "高中", "中专", "硕士"];
    private static readonly string[] Starts = ["2015/3/1", "2019-07-01", "2021.9.1", "2018年6月30日", "20200101"];

    private byte[] _csv = [];
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        _csv = Csv();
        _xlsx = Xlsx();
    }

    [Benchmark(Baseline = true, Description = "CSV, 100k candidates")]
    public int ReadCsv() => Count(new CandidateTableOptions { Format = TableFormat.Csv }, _csv);

    [Benchmark(Description = "xlsx, 100k candidates")]
    public int ReadXlsx() => Count(new CandidateTableOptions { Format = TableFormat.Xlsx }, _xlsx);

    /// <summary>The rows of the table, each a list of cells; the candidates whose number ends in 7 go on over a second row.</summary>
    internal static IEnumerable<string[]> Rows(int candidates = Candidates)
    {
        for (var i = 0; i < candidates; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"2024-{i:D6}");
            var certificate = i % 3 == 0;
            yield return
            [
                id, "示例", Educations[i % Educations.Length], i % 2 == 0 ? "2014-07-01" : string.Empty, "3-01-01-02", Starts[i % Starts.Length], i % 10 == 7 ? "2022-12-31" : string.Empty,
                certificate ? "3-01-01-02" : string.Empty, certificate ? "四级" : string.Empty, certificate ? "职业资格证书" : string.Empty, certificate ? "2020/6/30" : string.Empty,
            ];
            if (i % 10 == 7)
            {
                yield return [id, string.Empty, string.Empty, string.Empty, "3-01-01-02", "2023-01-01", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty];
            }
        }
    }

    private static int Count(CandidateTableOptions options, byte[] table)
    {
        var valid = 0;
        foreach (var record in CandidateTable.Read(new MemoryStream(table), options))
        {
            valid += record.IsValid ? 1 : 0;
        }

        return valid == Candidates ? valid : throw new InvalidOperationException($"{valid} of {Candidates} candidates read");
    }

    /// <summary>The table as CSV, UTF-8, CRLF line ends, as Excel saves it.</summary>
    internal static byte[] Csv() => Encoding.UTF8.GetBytes(CsvText(Candidates));

    /// <summary>Writes the table of so many candidates as a CSV file (or a workbook, for a path ending in .xlsx), for whole-process runs of the tool.</summary>
    /// <param name="candidates">How many candidates.</param>
    /// <param name="path">The file.</param>
    internal static void WriteCsv(int candidates, string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllBytes(path, Xlsx(candidates));
            return;
        }

        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
        file.Write(Header);
        file.Write("\r\n");
        foreach (var row in Rows(candidates))
        {
            file.Write(string.Join(',', row));
            file.Write("\r\n");
        }
    }

    private static string CsvText(int candidates)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var row in Rows(candidates))
        {
            text.AppendJoin(',', row).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>A workbook as Excel writes it: shared strings for text, numbers in a date style for the dates.</summary>
    private static byte[] Xlsx(int candidates = Candidates)
    {
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var number = 0;
        foreach (var row in Rows(candidates).Prepend(Header.Split(',')))
        {
            number++;
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{number}\">");
            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                if (cell.Length == 0)
                {
                    continue;
                }

                var at = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + c)}{number}");
                if (number > 1 && c is 3 or 5 or 6 or 10 && DateTime.TryParse(cell.Replace('.', '/').Replace("年", "/", StringComparison.Ordinal).Replace("月", "/", StringComparison.Ordinal).Replace("日", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{at}\" s=\"1\"><v>{date.ToOADate()}</v></c>");
                    continue;
                }

                if (!shared.TryGetValue(cell, out var index))
                {
                    index = shared.Count;
                    shared.Add(cell, index);
                }

                sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{at}\" t=\"s\"><v>{index}</v></c>");
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        var strings = new StringBuilder();
        strings.Append(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="{shared.Count}">""");
        foreach (var text in shared.Keys)
        {
            strings.Append("<si><t>").Append(System.Security.SecurityElement.Escape(text)).Append("</t></si>");
        }

        strings.Append("</sst>");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Put(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Put("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Put("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Put("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Put("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Put("xl/styles.xml", """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Put("xl/sharedStrings.xml", strings.ToString());
            Put("xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return buffer.ToArray();
    }
}
