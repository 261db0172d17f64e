using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Layout;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace LaborStandard.Spreadsheets.Xlsx;

/// <summary>
/// The rows of one sheet of an .xlsx workbook, streamed with the Open XML SDK's <see cref="OpenXmlReader"/>: the sheet
/// is never loaded whole, only the shared strings and the styles (which say which cells are dates) are.
/// </summary>
/// <remarks>
/// Cells: shared and inline strings and formula results are text; numbers keep the text the workbook stores; a number
/// in a date format (built-in, Chinese, or a custom code with a year or a day) is a <see cref="CellKind.Date"/> read in
/// the workbook's date system (1900 or 1904); an error value (#N/A …) is a <see cref="CellKind.Error"/>. The line of a
/// row is its sheet row number, so that an answer points at the row Excel shows.
/// </remarks>
internal sealed class XlsxRows : TableRows
{
    private readonly SpreadsheetDocument _document;
    private readonly Stream _stream;
    private readonly OpenXmlReader _reader;
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

    private XlsxRows(SpreadsheetDocument document, Stream stream, WorksheetPart sheet, List<string> sharedStrings, bool[] dateStyles, bool date1904, int maxRecord)
    {
        _document = document;
        _stream = stream;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
        _date1904 = date1904;
        _maxRecord = maxRecord;
        _totalRows = LastRow(sheet);
        _reader = OpenXmlReader.Create(sheet);
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

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { AutoSave = false });
        }
        catch (Exception e) when (IsDamage(e))
        {
            stream.Dispose();
            throw Invalid(Messages.NotAWorkbook);
        }

        try
        {
            var workbook = document.WorkbookPart ?? throw Invalid(Messages.NotAWorkbook);
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

            if (workbook.GetPartById(chosen.Id) is not WorksheetPart part)
            {
                throw Invalid(Messages.NotAWorkbook);
            }

            return new XlsxRows(document, stream, part, SharedStrings(workbook), DateStyles(workbook), date1904, maxRecord);
        }
        catch (Exception e) when (IsDamage(e))
        {
            document.Dispose();
            stream.Dispose();
            throw Invalid(Messages.NotAWorkbook);
        }
        catch
        {
            document.Dispose();
            stream.Dispose();
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
                if (_reader.IsStartElement && _reader.ElementType == typeof(Row))
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

    /// <summary>Whether an exception of the packaging or XML layers means a damaged or foreign file (not a bug of ours).</summary>
    private static bool IsDamage(Exception e)
        => e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException or NotSupportedException or KeyNotFoundException
           || (e is InvalidOperationException or ArgumentException && e.Source is not null && !e.Source.StartsWith("LaborStandard", StringComparison.Ordinal));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _reader.Dispose();
            _document.Dispose();
            _stream.Dispose();
        }
    }

    private static DocumentException Invalid(Model.LocalizedText message)
        => new(CandidateTable.Kind, [new DocumentError("$", TableRules.Workbook, message)]);

    private static List<(string Name, string? Id)> Sheets(WorkbookPart workbook, out bool date1904)
    {
        date1904 = false;
        var sheets = new List<(string, string?)>();
        using var reader = OpenXmlReader.Create(workbook);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(WorkbookProperties))
            {
                var value = Attribute(reader, "date1904");
                date1904 = value is "1" or "true";
            }
            else if (reader.ElementType == typeof(Sheet))
            {
                string? name = null;
                string? id = null;
                foreach (var attribute in reader.Attributes)
                {
                    if (attribute.LocalName == "name")
                    {
                        name = attribute.Value;
                    }
                    else if (attribute.LocalName == "id")
                    {
                        id = attribute.Value;
                    }
                }

                sheets.Add((name ?? string.Empty, id));
            }
        }

        return sheets;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The text of a rich or plain string, without its phonetic runs (rPh).</summary>
    private static string TextOf(OpenXmlElement item)
    {
        if (item.FirstChild is SheetText only && item.ChildElements.Count == 1)
        {
            return only.Text;
        }

        var text = new System.Text.StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case SheetText t:
                    text.Append(t.Text);
                    break;
                case Run run when run.Text is { } runText:
                    text.Append(runText.Text);
                    break;
            }
        }

        return text.ToString();
    }

    private static bool[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = new Dictionary<uint, bool>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = DateFormats.IsDateCode(format.FormatCode?.Value ?? string.Empty);
            }
        }

        var styles = new List<bool>();
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            styles.Add(custom.TryGetValue(id, out var isDate) ? isDate : DateFormats.IsBuiltInDate(id));
        }

        return [.. styles];
    }

    private static long? LastRow(WorksheetPart sheet)
    {
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SheetDimension) && Attribute(reader, "ref") is { } reference)
            {
                var last = reference[(reference.IndexOf(':') + 1)..];
                var digits = last.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
                return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 1 ? row : null;
            }

            if (reader.ElementType == typeof(SheetData))
            {
                break;
            }
        }

        return null;
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name)
            {
                return attribute.Value;
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
        }

        return column - 1;
    }

    private void ReadRow()
    {
        var number = Attribute(_reader, "r");
        _line = number is not null && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _line + 1;
        _count = 0;
        var length = 0;
        var next = 0;
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(Row))
            {
                return;
            }

            if (!_reader.IsStartElement || _reader.ElementType != typeof(Cell))
            {
                continue;
            }

            string? reference = null;
            string? type = null;
            uint style = 0;
            foreach (var attribute in _reader.Attributes)
            {
                switch (attribute.LocalName)
                {
                    case "r":
                        reference = attribute.Value;
                        break;
                    case "t":
                        type = attribute.Value;
                        break;
                    case "s":
                        _ = uint.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out style);
                        break;
                }
            }

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

    private (string Text, CellKind Kind, DateOnly Date) ReadCell(string? type, uint style)
    {
        string? value = null;
        string? inline = null;
        while (_reader.Read())
        {
            if (_reader.ElementType == typeof(Cell))
            {
                break;
            }

            if (!_reader.IsStartElement)
            {
                continue;
            }

            if (_reader.ElementType == typeof(CellValue))
            {
                value = _reader.GetText();
            }
            else if (_reader.ElementType == typeof(InlineString))
            {
                inline = TextOf(_reader.LoadCurrentElement()!);
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
