using System.Globalization;
using System.Text.Json;
using LaborStandard.Cli.Output;
using LaborStandard.Serialization;

namespace LaborStandard.Cli.Input;

/// <summary>
/// Candidates as CSV, one row per candidate, for people who keep them in a spreadsheet (the format is documented in
/// docs/guides/cli.md). Each row is turned into a candidate document and read by the library, so a CSV candidate is
/// checked exactly as a JSON one; every problem names the line, the column and the rule.
/// </summary>
/// <remarks>
/// Columns (a header row names them, in any order, any case; all optional): <c>id</c>, <c>education</c>,
/// <c>equivalent</c>, <c>educationObtainedOn</c>, and the lists <c>work</c>, <c>certificates</c>, <c>trainings</c>,
/// <c>schooling</c>, <c>unknown</c>, whose entries are separated by <c>;</c> and whose fields are separated by spaces.
/// </remarks>
internal sealed class CandidateCsv
{
    /// <summary>The rule of a CSV syntax or entry problem (the JSON rules of the library cover the rest).</summary>
    public const string CsvRule = "csv-format";

    private static readonly string[] Columns = ["id", "education", "equivalent", "educationObtainedOn", "work", "certificates", "trainings", "schooling", "unknown"];

    private readonly CliTexts _text;
    private readonly string _file;
    private string[] _header = [];

    private CandidateCsv(CliTexts text, string file)
    {
        _text = text;
        _file = file;
    }

    /// <summary>Gets the column names, as the header writes them.</summary>
    public static IReadOnlyList<string> ColumnNames => Columns;

    /// <summary>Reads the candidates of a CSV file, lazily.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="text">The language of the messages.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <returns>One record per non-blank row after the header.</returns>
    /// <exception cref="CliException">The header is missing or names an unknown or repeated column.</exception>
    public static IEnumerable<BatchRecord> Read(TextReader reader, CliTexts text, string file)
        => new CandidateCsv(text, file).Records(reader);

    private IEnumerable<BatchRecord> Records(TextReader reader)
    {
        var headerRead = false;
        foreach (var row in CsvReader.Rows(reader, _text))
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (!headerRead)
            {
                ReadHeader(row);
                headerRead = true;
                continue;
            }

            yield return Record(row);
        }

        if (!headerRead)
        {
            throw new CliException(_text.CsvNoHeader(_file, string.Join(",", Columns)));
        }
    }

    private void ReadHeader(CsvRow row)
    {
        if (row.Problem is not null)
        {
            throw new CliException($"{_file}: {_text.AtLine(row.Line)}: {row.Problem} [{CsvRule}]");
        }

        _header = new string[row.Fields.Count];
        for (var i = 0; i < row.Fields.Count; i++)
        {
            var name = row.Fields[i].Trim();
            var known = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                throw new CliException($"{_file}: {_text.AtLine(row.Line)}: {_text.CsvUnknownColumn(name, string.Join(", ", Columns))} [{CsvRule}]");
            }

            if (_header.Contains(known, StringComparer.Ordinal))
            {
                throw new CliException($"{_file}: {_text.AtLine(row.Line)}: {_text.CsvRepeatedColumn(known)} [{CsvRule}]");
            }

            _header[i] = known;
        }
    }

    private BatchRecord Record(CsvRow row)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _header.Length && i < row.Fields.Count; i++)
        {
            cells[_header[i]] = row.Fields[i].Trim();
        }

        var id = cells.TryGetValue("id", out var given) && given.Length > 0 ? given : null;
        var errors = new List<ErrorDto>();
        if (row.Problem is not null)
        {
            errors.Add(new ErrorDto("$", CsvRule, row.Problem, row.Line, null));
        }
        else if (row.Fields.Count > _header.Length)
        {
            errors.Add(new ErrorDto("$", CsvRule, _text.CsvTooManyFields(row.Fields.Count, _header.Length), row.Line, null));
        }

        if (errors.Count > 0)
        {
            return new BatchRecord(row.Line, id, null, errors);
        }

        var json = ToJson(cells, row.Line, errors);
        if (errors.Count > 0)
        {
            return new BatchRecord(row.Line, id, null, errors);
        }

        var result = CandidateDocument.Read(json);
        return result.IsValid
            ? new BatchRecord(row.Line, id, result.Value, [])
            : new BatchRecord(row.Line, id, null, [.. result.Errors.Select(e => new ErrorDto(e.Path, e.Rule, _text.Local(e.Message), row.Line, ColumnOf(e.Path)))]);
    }

    /// <summary>Writes the row as a candidate document; entries whose shape is wrong are reported instead.</summary>
    private byte[] ToJson(Dictionary<string, string> cells, long line, List<ErrorDto> errors)
    {
        string Cell(string column) => cells.TryGetValue(column, out var value) ? value : string.Empty;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (Cell("id") is { Length: > 0 } id)
            {
                json.WriteString("id", id);
            }

            var education = Cell("education");
            var equivalent = Cell("equivalent");
            var obtained = Cell("educationObtainedOn");
            if (education.Length > 0)
            {
                json.WriteStartObject("education");
                json.WriteString("level", education);
                if (equivalent.Length > 0)
                {
                    if (TryParseYesNo(equivalent, out var yes))
                    {
                        json.WriteBoolean("equivalent", yes);
                    }
                    else
                    {
                        errors.Add(new ErrorDto("$.education.equivalent", CsvRule, _text.CsvNotYesNo(equivalent), line, "equivalent"));
                    }
                }

                if (obtained.Length > 0)
                {
                    json.WriteString("obtainedOn", obtained);
                }

                json.WriteEndObject();
            }
            else if (equivalent.Length > 0 || obtained.Length > 0)
            {
                errors.Add(new ErrorDto("$.education", CsvRule, _text.CsvEducationMissing, line, "education"));
            }

            List(json, "work", Cell("work"), line, errors, CliTexts.CsvWorkShape, fields =>
            {
                if (fields.Length is < 2 or > 3)
                {
                    return false;
                }

                json.WriteString("occupationCode", fields[0]);
                json.WriteString("from", fields[1]);
                if (fields.Length == 3)
                {
                    json.WriteString("to", fields[2]);
                }

                return true;
            });
            List(json, "certificates", Cell("certificates"), line, errors, CliTexts.CsvCertificateShape, fields =>
            {
                if (fields.Length != 4 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
                {
                    return false;
                }

                json.WriteString("occupationCode", fields[0]);
                json.WriteNumber("level", level);
                json.WriteString("kind", fields[2]);
                json.WriteString("issuedOn", fields[3]);
                return true;
            });
            List(json, "trainings", Cell("trainings"), line, errors, CliTexts.CsvTrainingShape, fields =>
            {
                if (fields.Length is < 3 or > 4
                    || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                    || !decimal.TryParse(fields[2], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var hours))
                {
                    return false;
                }

                json.WriteString("occupationCode", fields[0]);
                json.WriteNumber("level", level);
                json.WriteNumber("hours", hours);
                if (fields.Length == 4)
                {
                    json.WriteString("completionCertificateOn", fields[3]);
                }

                return true;
            });
            List(json, "schooling", Cell("schooling"), line, errors, CliTexts.CsvSchoolShape, fields =>
            {
                if (fields.Length != 4 || !TryParseGraduated(fields[3], out var graduated))
                {
                    return false;
                }

                json.WriteString("kind", fields[0]);
                json.WriteString("programme", fields[1]);
                json.WriteString("graduationDate", fields[2]);
                json.WriteBoolean("graduated", graduated);
                return true;
            });

            var unknown = Split(Cell("unknown"));
            if (unknown.Count > 0)
            {
                json.WriteStartArray("unknown");
                foreach (var name in unknown)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes a list column as a JSON array, one object per <c>;</c>-separated entry of space-separated fields.</summary>
    private void List(Utf8JsonWriter json, string column, string cell, long line, List<ErrorDto> errors, string shape, Func<string[], bool> writeFields)
    {
        var entries = Split(cell);
        if (entries.Count == 0)
        {
            return;
        }

        json.WriteStartArray(column);
        for (var i = 0; i < entries.Count; i++)
        {
            json.WriteStartObject();
            var fields = entries[i].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!writeFields(fields))
            {
                errors.Add(new ErrorDto(string.Create(CultureInfo.InvariantCulture, $"$.{column}[{i}]"), CsvRule, _text.CsvBadEntry(i + 1, entries[i], shape), line, column));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static List<string> Split(string cell)
        => [.. cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The column a path of the candidate document comes from.</summary>
    private static string? ColumnOf(string path)
    {
        if (path.StartsWith("$.education.equivalent", StringComparison.Ordinal))
        {
            return "equivalent";
        }

        if (path.StartsWith("$.education.obtainedOn", StringComparison.Ordinal))
        {
            return "educationObtainedOn";
        }

        var member = path.Length > 2 && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..].Split('.', '[')[0] : null;
        return member is not null && Columns.Contains(member, StringComparer.Ordinal) ? member : null;
    }

    private static bool TryParseYesNo(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "1" or "是":
                value = true;
                return true;
            case "false" or "no" or "n" or "0" or "否":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static bool TryParseGraduated(string text, out bool graduated)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "graduated":
                graduated = true;
                return true;
            case "expected":
                graduated = false;
                return true;
            default:
                graduated = false;
                return false;
        }
    }
}
