using System.IO.Compression;
using System.Security;
using System.Text;

namespace LaborStandard.Spreadsheets.Tests.Support;

/// <summary>
/// Writes small .xlsx workbooks from code (System.IO.Compression and XML), so that every byte of a test workbook is
/// in the repository as source: shared and inline strings, numbers, date styles (built-in, Chinese, custom, time-only),
/// error and boolean cells, sparse rows, several sheets, and the 1904 date system.
/// </summary>
internal sealed class XlsxBuilder
{
    /// <summary>The style of a number cell (an index into the builder's cellXfs).</summary>
    public enum Style
    {
        General = 0,
        Date = 1,
        ChineseCustomDate = 2,
        Text = 3,
        ChineseBuiltInDate = 4,
        TimeOnly = 5,
    }

    private readonly List<(string Name, List<(int Row, object?[] Cells)> Rows)> _sheets = [];
    private readonly List<string> _shared = [];

    public bool Date1904 { get; init; }

    /// <summary>Adds a sheet; each row is its 1-based number and its cells from column A (null: no cell).</summary>
    public XlsxBuilder Sheet(string name, params (int Row, object?[] Cells)[] rows)
    {
        _sheets.Add((name, [.. rows]));
        return this;
    }

    public byte[] Build()
    {
        var sheetXml = _sheets.Select(s => SheetXml(s.Rows)).ToList();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Put(zip, "[Content_Types].xml", ContentTypes());
            Put(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Put(zip, "xl/_rels/workbook.xml.rels", WorkbookRels());
            Put(zip, "xl/workbook.xml", WorkbookXml());
            Put(zip, "xl/styles.xml", StylesXml);
            Put(zip, "xl/sharedStrings.xml", SharedStringsXml());
            for (var i = 0; i < sheetXml.Count; i++)
            {
                Put(zip, $"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A cell written as an inline string (t="inlineStr").</summary>
    public sealed record Inline(string Text);

    /// <summary>A number cell with a style.</summary>
    public sealed record Number(double Value, Style Style = Style.General);

    /// <summary>A string cell in a text (@) style, as a number typed into a text column is stored.</summary>
    public sealed record TextStyled(string Text);

    /// <summary>An error cell (t="e").</summary>
    public sealed record Error(string Value);

    private const string StylesXml = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="31" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/></cellXfs></styleSheet>""";

    private static void Put(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    private static string Column(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private string ContentTypes()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        for (var i = 0; i < _sheets.Count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return text.Append("</Types>").ToString();
    }

    private string WorkbookRels()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 0; i < _sheets.Count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
        }

        text.Append("""<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
        return text.Append("</Relationships>").ToString();
    }

    private string WorkbookXml()
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        text.Append(Date1904 ? """<workbookPr date1904="1"/>""" : "<workbookPr/>").Append("<sheets>");
        for (var i = 0; i < _sheets.Count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<sheet name="{Escape(_sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        }

        return text.Append("</sheets></workbook>").ToString();
    }

    private string SharedStringsXml()
    {
        var text = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{_shared.Count}" uniqueCount="{_shared.Count}">""");
        foreach (var s in _shared)
        {
            // Every other string as rich text in two runs, as Excel writes text with mixed formatting.
            text.Append(s.Length > 1 && _shared.IndexOf(s) % 2 == 1
                ? $"""<si><r><t>{Escape(s[..1])}</t></r><r><rPr><b/></rPr><t xml:space="preserve">{Escape(s[1..])}</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>"""
                : $"""<si><t xml:space="preserve">{Escape(s)}</t></si>""");
        }

        return text.Append("</sst>").ToString();
    }

    private string SheetXml(List<(int Row, object?[] Cells)> rows)
    {
        var last = rows.Count == 0 ? 1 : rows.Max(r => r.Row);
        var width = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Cells.Length));
        var text = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:{Column(width - 1)}{last}"/><sheetData>""");
        foreach (var (row, cells) in rows)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<row r="{row}">""");
            for (var c = 0; c < cells.Length; c++)
            {
                var at = $"{Column(c)}{row}";
                text.Append(cells[c] switch
                {
                    null => string.Empty,
                    string s => $"""<c r="{at}" t="s"><v>{Shared(s)}</v></c>""",
                    TextStyled s => $"""<c r="{at}" s="3" t="s"><v>{Shared(s.Text)}</v></c>""",
                    Inline s => $"""<c r="{at}" t="inlineStr"><is><t>{Escape(s.Text)}</t></is></c>""",
                    Number n => $"""<c r="{at}"{(n.Style == Style.General ? string.Empty : $" s=\"{(int)n.Style}\"")}><v>{n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>""",
                    int n => $"""<c r="{at}"><v>{n}</v></c>""",
                    bool b => $"""<c r="{at}" t="b"><v>{(b ? 1 : 0)}</v></c>""",
                    Error e => $"""<c r="{at}" t="e"><v>{Escape(e.Value)}</v></c>""",
                    _ => throw new ArgumentException($"no cell for {cells[c]}"),
                });
            }

            text.Append("</row>");
        }

        return text.Append("</sheetData></worksheet>").ToString();
    }

    private int Shared(string text)
    {
        var index = _shared.IndexOf(text);
        if (index < 0)
        {
            _shared.Add(text);
            index = _shared.Count - 1;
        }

        return index;
    }
}
