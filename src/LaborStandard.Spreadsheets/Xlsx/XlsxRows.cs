using System.Globalization;
using System.IO.Compression;
using System.Xml;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Layout;

namespace LaborStandard.Spreadsheets.Xlsx;

/// <summary>
/// The rows of one sheet of an .xlsx workbook, streamed: the workbook is a ZIP package of XML parts
/// (<see cref="ZipArchive"/>), and the sheet is read with a forward-only <see cref="XmlReader"/>, never loaded whole;
/// only the shared strings and the styles (which say which cells are dates) are.
/// </summary>
/// <remarks>
/// <para>
/// Cells: shared and inline strings and formula results are text; numbers keep the text the workbook stores; a number
/// in a date format (built-in, Chinese, or a custom code with a year or a day) is a <see cref="CellKind.Date"/> read in
/// the workbook's date system (1900 or 1904); an error value (#N/A …) is a <see cref="CellKind.Error"/>. The line of a
/// row is its sheet row number, so that an answer points at the row Excel shows.
/// </para>
/// <para>
/// Parts are found as the package says (the relationships of the package and of the workbook), and elements by their
/// local names, so that both the transitional and the strict namespaces of SpreadsheetML are read. The BCL's ZIP and
/// XML readers rather than the Open XML SDK: the SDK's typed element tables made the Native AOT tool three times as
/// large and its every start 2.6 times as slow (issue 17), for a reader that needs a dozen element names.
/// </para>
/// </remarks>
internal sealed class XlsxRows : TableRows
{
    private const string OfficeDocument = "/officeDocument";
    private const string SharedStringsType = "/sharedStrings";
    private const string StylesType = "/styles";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _package;
    private readonly XmlReader _reader;
    private readonly List<string> _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly bool _date1904;
    private readonly int _maxRecord;
    private readonly long? _totalRows;

    private string[] _text = new string[32];
    private CellKind[] _kinds = new CellKind[32];
    private DateOnly[] _dates = new DateOnly[32];
    private int _count;
    private long _line;
    private long _consumed;
    private RowProblem? _problem;

    private XlsxRows(ZipArchive package, ZipArchiveEntry sheet, List<string> sharedStrings, bool[] dateStyles, bool date1904, int maxRecord)
    {
        _package = package;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _date1904 = date1904;
        _maxRecord = maxRecord;
        _totalRows = LastRow(sheet);
        _reader = XmlReader.Create(sheet.Open(), Settings);
    }

    public override long Line => _line;

    public override int Count => _count;

    public override RowProblem? Problem => _problem;

    public override bool CountsFields => false;

    public override TableProgress Progress => new(Volatile.Read(ref _consumed), _totalRows, TableProgressUnit.Rows);

    /// <summary>Opens a sheet of a workbook.</summary>
    /// <param name="stream">The workbook; copied to a temporary file first when it cannot seek (standard input).</param>
    /// <param name="sheetName">The sheet, or <see langword="null"/> for the first.</param>
    /// <param name="maxRecord">The most characters a row may hold.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="DocumentException">The input is not a readable workbook, or has no sheet of that name.</exception>
    public static XlsxRows Open(Stream stream, string? sheetName, int maxRecord)
    {
        if (!stream.CanSeek)
        {
            var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            using (stream)
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            stream = copy;
        }

        ZipArchive package;
        try
        {
            package = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception e) when (IsDamage(e))
        {
            stream.Dispose();
            throw Invalid(Messages.NotAWorkbook);
        }

        try
        {
            var workbookPath = Relationships(package, "_rels/.rels", string.Empty).FirstOrDefault(r => r.Type.EndsWith(OfficeDocument, StringComparison.Ordinal)).Target
                               ?? "xl/workbook.xml";
            var workbook = package.GetEntry(workbookPath) ?? throw Invalid(Messages.NotAWorkbook);
            var folder = workbookPath.Contains('/', StringComparison.Ordinal) ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : string.Empty;
            var parts = Relationships(package, $"{folder}_rels/{workbookPath[folder.Length..]}.rels", folder);
            var sheets = Sheets(workbook, out var date1904);
            var at = sheetName is null ? (sheets.Count > 0 ? 0 : -1) : sheets.FindIndex(s => string.Equals(s.Name, sheetName, StringComparison.Ordinal));
            if (at < 0 && sheetName is not null)
            {
                at = sheets.FindIndex(s => string.Equals(s.Name.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
            }

            var chosen = at >= 0 ? sheets[at] : default;
            if (chosen.Id is null)
            {
                throw sheets.Count == 0 && sheetName is null
                    ? Invalid(Messages.NotAWorkbook)
                    : new DocumentException(CandidateTable.Kind, [new DocumentError("$", TableRules.Workbook, Messages.NoSheet(string.Join("、", sheets.Select(s => s.Name))), value: sheetName)]);
            }

            var sheet = parts.FirstOrDefault(r => r.Id == chosen.Id).Target is { } target ? package.GetEntry(target) : null;
            if (sheet is null)
            {
                throw Invalid(Messages.NotAWorkbook);
            }

            var strings = Part(package, parts, SharedStringsType) is { } shared ? SharedStrings(shared) : [];
            var styles = Part(package, parts, StylesType) is { } stylesheet ? DateStyles(stylesheet) : [];
            return new XlsxRows(package, sheet, strings, styles, date1904, maxRecord);
        }
        catch (Exception e) when (IsDamage(e))
        {
            package.Dispose();
            throw Invalid(Messages.NotAWorkbook);
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    public override ReadOnlySpan<char> Text(int index) => index < _count ? _text[index] : [];

    public override CellKind Kind(int index) => index < _count ? _kinds[index] : CellKind.Text;

    public override DateOnly Date(int index) => index < _count ? _dates[index] : default;

    public override bool TryNumberAsDate(int index, out DateOnly date)
    {
        date = default;
        if (index >= _count || _kinds[index] != CellKind.Number)
        {
            return false;
        }

        var text = _text[index];
        if (text.Length == 8 && Dates.TryParse(text, out date))
        {
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial == Math.Floor(serial)
            && Dates.TryFromSerial(serial, _date1904, out date);
    }

    public override bool MoveNext()
    {
        _problem = null;
        try
        {
            while (_reader.Read())
            {
                if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "row")
                {
                    ReadRow();
                    Volatile.Write(ref _consumed, _line);
                    return true;
                }
            }
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Invalid(Messages.NotAWorkbook);
        }

        return false;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _reader.Dispose();
            _package.Dispose();
        }
    }

    /// <summary>Whether an exception of the ZIP or XML layers means a damaged or foreign file (not a bug of ours).</summary>
    private static bool IsDamage(Exception e)
        => e is InvalidDataException or IOException or XmlException or FormatException or NotSupportedException or OverflowException;

    private static DocumentException Invalid(Model.LocalizedText message)
        => new(CandidateTable.Kind, [new DocumentError("$", TableRules.Workbook, message)]);

    /// <summary>The relationships of a part: id, type and target, the target resolved against <paramref name="folder"/> as a path in the package.</summary>
    private static List<(string Id, string Type, string? Target)> Relationships(ZipArchive package, string path, string folder)
    {
        var relationships = new List<(string, string, string?)>();
        if (package.GetEntry(path) is not { } entry)
        {
            return relationships;
        }

        using var reader = XmlReader.Create(entry.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
            {
                var target = reader.GetAttribute("Target");
                var external = reader.GetAttribute("TargetMode") == "External";
                relationships.Add((reader.GetAttribute("Id") ?? string.Empty, reader.GetAttribute("Type") ?? string.Empty, target is null || external ? null : Resolve(folder, target)));
            }
        }

        return relationships;
    }

    /// <summary>A relationship's target as a path in the package: absolute ("/xl/…") or relative to the source's folder, with "../" resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private static ZipArchiveEntry? Part(ZipArchive package, List<(string Id, string Type, string? Target)> parts, string type)
        => parts.FirstOrDefault(r => r.Type.EndsWith(type, StringComparison.Ordinal)).Target is { } target ? package.GetEntry(target) : null;

    private static List<(string Name, string? Id)> Sheets(ZipArchiveEntry workbook, out bool date1904)
    {
        date1904 = false;
        var sheets = new List<(string, string?)>();
        using var reader = XmlReader.Create(workbook.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet")
            {
                string? id = null;
                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName == "id" && reader.Prefix.Length > 0)
                    {
                        id = reader.Value;
                    }
                }

                reader.MoveToElement();
                sheets.Add((reader.GetAttribute("name") ?? string.Empty, id));
            }
        }

        return sheets;
    }

    private static List<string> SharedStrings(ZipArchiveEntry part)
    {
        var strings = new List<string>();
        using var reader = XmlReader.Create(part.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(TextOf(reader));
            }
        }

        return strings;
    }

    /// <summary>
    /// The text of a string item (si) or an inline string (is), the reader on its start: plain (t) or rich (r/t), without
    /// its phonetic runs (rPh); the reader is left on the item's end.
    /// </summary>
    private static string TextOf(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        string? only = null;
        System.Text.StringBuilder? text = null;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                // Reading the content moves the reader past the element's end.
                var part = reader.ReadElementContentAsString();
                if (only is null && text is null)
                {
                    only = part;
                }
                else
                {
                    (text ??= new System.Text.StringBuilder(only)).Append(part);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        return text?.ToString() ?? only ?? string.Empty;
    }

    private static bool[] DateStyles(ZipArchiveEntry part)
    {
        var custom = new Dictionary<uint, bool>();
        var styles = new List<bool>();
        var formats = new List<uint>();
        using var reader = XmlReader.Create(part.Open(), Settings);
        var inCellFormats = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when uint.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    custom[id] = DateFormats.IsDateCode(reader.GetAttribute("formatCode") ?? string.Empty);
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    formats.Add(uint.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format) ? format : 0);
                    break;
            }
        }

        foreach (var id in formats)
        {
            styles.Add(custom.TryGetValue(id, out var isDate) ? isDate : DateFormats.IsBuiltInDate(id));
        }

        return [.. styles];
    }

    /// <summary>The last row the sheet's dimension names, read before its data, for progress; <see langword="null"/> when it names none.</summary>
    private static long? LastRow(ZipArchiveEntry sheet)
    {
        using var reader = XmlReader.Create(sheet.Open(), Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "dimension" && reader.GetAttribute("ref") is { } reference)
            {
                var last = reference[(reference.IndexOf(':') + 1)..];
                var digits = last.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
                return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 1 ? row : null;
            }

            if (reader.LocalName == "sheetData")
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The 0-based column of a cell reference such as <c>AB12</c>.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var letter = c is >= 'a' and <= 'z' ? c - 32 : c;
            if (letter is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (letter - 'A' + 1);
            if (column > 16384)
            {
                break;
            }
        }

        return column - 1;
    }

    private void ReadRow()
    {
        var number = _reader.GetAttribute("r");
        _line = number is not null && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _line + 1;
        _count = 0;
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var depth = _reader.Depth;
        var length = 0;
        var next = 0;
        while (_reader.Read() && _reader.Depth > depth)
        {
            if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "c")
            {
                continue;
            }

            var reference = _reader.GetAttribute("r");
            var type = _reader.GetAttribute("t");
            _ = uint.TryParse(_reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style);
            var column = reference is null ? next : ColumnOf(reference);
            next = column + 1;
            var (text, kind, date) = ReadCell(type, style);
            if (column < 0 || column >= 16384 || _problem is not null)
            {
                continue;
            }

            length += text.Length;
            if (length > _maxRecord)
            {
                _problem = new RowProblem(TableRules.RecordSize, Messages.RecordTooLong(_maxRecord), _line);
                continue;
            }

            Place(column, text, kind, date);
        }
    }

    /// <summary>Reads a cell (c), the reader on its start, to its end: its value (v), or its inline string (is).</summary>
    private (string Text, CellKind Kind, DateOnly Date) ReadCell(string? type, uint style)
    {
        string? value = null;
        string? inline = null;
        if (!_reader.IsEmptyElement)
        {
            var depth = _reader.Depth;
            _reader.Read();
            while (!_reader.EOF && _reader.Depth > depth)
            {
                if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "v")
                {
                    // Reading the content moves the reader past the element's end.
                    value = _reader.ReadElementContentAsString();
                }
                else if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "is")
                {
                    inline = TextOf(_reader);
                    _reader.Read();
                }
                else
                {
                    _reader.Read();
                }
            }
        }

        switch (type)
        {
            case "s":
                return (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count ? _sharedStrings[index] : string.Empty, CellKind.Text, default);
            case "inlineStr":
                return (inline ?? value ?? string.Empty, CellKind.Text, default);
            case "str":
                return (value ?? string.Empty, CellKind.Text, default);
            case "b":
                return (value == "1" ? "true" : "false", CellKind.Text, default);
            case "e":
                return (value ?? "#ERROR", CellKind.Error, default);
            case "d":
                var iso = value ?? string.Empty;
                var t = iso.IndexOf('T', StringComparison.Ordinal);
                return Dates.TryParse(t < 0 ? iso : iso[..t], out var day) ? (iso, CellKind.Date, day) : (iso, CellKind.Text, default);
        }

        if (string.IsNullOrEmpty(value))
        {
            return (string.Empty, CellKind.Text, default);
        }

        if (style < _dateStyles.Length && _dateStyles[style]
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && Dates.TryFromSerial(serial, _date1904, out var date))
        {
            return (value, CellKind.Date, date);
        }

        return (value, CellKind.Number, default);
    }

    private void Place(int column, string text, CellKind kind, DateOnly date)
    {
        if (column >= _text.Length)
        {
            var size = Math.Max(_text.Length * 2, column + 1);
            Array.Resize(ref _text, size);
            Array.Resize(ref _kinds, size);
            Array.Resize(ref _dates, size);
        }

        for (var i = _count; i < column; i++)
        {
            _text[i] = string.Empty;
            _kinds[i] = CellKind.Text;
        }

        _text[column] = text;
        _kinds[column] = kind;
        _dates[column] = date;
        _count = Math.Max(_count, column + 1);
    }
}
