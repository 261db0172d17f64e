using System.Text;
using LaborStandard.Cli.Output;

namespace LaborStandard.Cli.Input;

/// <summary>
/// Reads CSV as RFC 4180 writes it and spreadsheets save it: comma-separated, fields optionally in double quotes, a
/// doubled quote inside quotes for a quote, line breaks allowed inside quotes, CRLF or LF line ends, a UTF-8 byte order
/// mark ignored. Each record carries the line it starts on, for messages.
/// </summary>
internal static class CsvReader
{
    /// <summary>Reads the records lazily, as they are used.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="text">The language of the messages.</param>
    /// <returns>The records, blank lines included (see <see cref="CsvRow.IsBlank"/>).</returns>
    public static IEnumerable<CsvRow> Rows(TextReader reader, CliTexts text)
    {
        long line = 1;
        var start = line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        string? problem = null;
        var first = true;

        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !quoted:
                    quoted = true;
                    inQuotes = true;
                    break;
                case '"':
                    problem ??= text.CsvQuoteInField(fields.Count + 1);
                    field.Append(c);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    yield return new CsvRow(start, fields, problem);
                    fields = [];
                    field.Clear();
                    quoted = false;
                    problem = null;
                    line++;
                    start = line;
                    break;
                default:
                    if (quoted && problem is null)
                    {
                        problem = text.CsvTextAfterQuote(fields.Count + 1);
                    }

                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            fields.Add(field.ToString());
            yield return new CsvRow(start, fields, text.CsvUnclosedQuote);
        }
        else if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            fields.Add(field.ToString());
            yield return new CsvRow(start, fields, problem);
        }
    }
}
