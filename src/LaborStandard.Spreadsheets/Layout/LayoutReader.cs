using System.Collections.Immutable;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// What the layouts share: the rows, the header, the errors of the record being read (each placed at its line, column
/// and JSON path, with the offending value), the repeated-id check and the reading of codes and dates.
/// </summary>
internal abstract class LayoutReader : IDisposable
{
    private readonly CandidateIdRegistry? _ids;

    protected LayoutReader(TableRows rows, TableHeader header, bool checkIds)
    {
        Rows = rows;
        Header = header;
        _ids = checkIds ? new CandidateIdRegistry() : null;
        if (rows.CountsFields)
        {
            rows.ExpectedCount = header.Count;
        }
    }

    protected TableRows Rows { get; }

    protected TableHeader Header { get; }

    protected List<DocumentError> Errors { get; } = [];

    protected CodeCache Codes { get; } = new();

    /// <summary>Gives back the memory of the repeated-id check.</summary>
    public void Dispose() => _ids?.Dispose();

    /// <summary>Reads the records after the header, lazily.</summary>
    /// <returns>One record per candidate.</returns>
    public abstract IEnumerable<CandidateRecord> Records();

    /// <summary>The trimmed text of a cell; empty for a missing column, a cell past the row, or an error cell.</summary>
    /// <param name="column">The 0-based column, or -1.</param>
    /// <returns>The text.</returns>
    protected ReadOnlySpan<char> Cell(int column)
        => column < 0 || column >= Rows.Count || Rows.Kind(column) == CellKind.Error ? [] : TextFold.Trim(Rows.Text(column));

    /// <summary>Adds an error at the current row, in a column, with the cell's text as the value.</summary>
    protected void Error(int column, EntryPath path, string rule, LocalizedText message, bool withValue = true)
        => Errors.Add(new DocumentError(path.ToString(), rule, message, Rows.Line, Header.NameOf(column), withValue && column >= 0 ? Cell(column).ToString() : null));

    /// <summary>Adds an error for a value given in another form than the cell (an entry of a list cell).</summary>
    protected void Error(int column, EntryPath path, string rule, LocalizedText message, string? value)
        => Errors.Add(new DocumentError(path.ToString(), rule, message, Rows.Line, Header.NameOf(column), value));

    /// <summary>
    /// Reports what makes the current row untrustworthy (its framing or decoding, its number of fields, an error cell):
    /// such a row is not interpreted any further.
    /// </summary>
    /// <returns>Whether the row can be interpreted.</returns>
    protected bool CheckRow()
    {
        if (Rows.Problem is { } problem)
        {
            Errors.Add(new DocumentError("$", problem.Rule, problem.Message, problem.Line, Header.NameOf(problem.Field), problem.Value));
            return false;
        }

        if (Rows.CountsFields)
        {
            if (Rows.Count != Header.Count)
            {
                Errors.Add(new DocumentError("$", TableRules.FieldCount, Messages.FieldCount(Rows.Count, Header.Count), Rows.Line));
                return false;
            }
        }
        else
        {
            for (var i = Header.Count; i < Rows.Count; i++)
            {
                if (!Rows.IsBlankCell(i))
                {
                    Errors.Add(new DocumentError("$", TableRules.FieldCount, Messages.CellOutsideHeader(i + 1), Rows.Line, null, TextFold.Trim(Rows.Text(i)).ToString()));
                    return false;
                }
            }
        }

        var ok = true;
        foreach (var column in Header.Columns.Recognised)
        {
            if (column.Index < Rows.Count && Rows.Kind(column.Index) == CellKind.Error)
            {
                Errors.Add(new DocumentError("$", TableRules.CellError, Messages.CellError, Rows.Line, column.Header, Rows.Text(column.Index).ToString()));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>The id of the current row, as a span of the row (no allocation), empty when there is none.</summary>
    protected ReadOnlySpan<char> RowId()
    {
        var column = Header.ColumnOf(TableField.Id);
        return column >= 0 && column < Rows.Count ? TextFold.Trim(Rows.Text(column)) : [];
    }

    /// <summary>Checks that an id starts a candidate for the first time; a repeated one is an error of the record.</summary>
    protected void CheckNewId(ReadOnlySpan<char> id, long line)
    {
        if (_ids is not null && !id.IsEmpty && !_ids.TryAdd(id, line, out var first))
        {
            Error(Header.ColumnOf(TableField.Id), "$.id", TableRules.RepeatedId, Messages.RepeatedId(first));
        }
    }

    /// <summary>Reads an occupation code; a malformed one is an error.</summary>
    protected string? Code(ReadOnlySpan<char> text, int column, EntryPath path, string? value = null)
    {
        Span<char> folded = stackalloc char[10];
        if (CellValues.TryCode(text, folded))
        {
            return Codes.Get(folded);
        }

        Error(column, path, StandardRules.CodeFormat, Messages.NotACode, value ?? text.ToString());
        return null;
    }

    /// <summary>Reads a date cell (a date cell or serial of a sheet, or a date as text); a bad one is an error.</summary>
    protected DateOnly? Date(int column, EntryPath path)
    {
        switch (Rows.Kind(column))
        {
            case CellKind.Date:
                return Rows.Date(column);
            case CellKind.Number when Rows.TryNumberAsDate(column, out var day):
                return day;
        }

        if (Dates.TryParse(Cell(column), out var date))
        {
            return date;
        }

        Error(column, path, TableRules.Date, Messages.NotADate);
        return null;
    }

    /// <summary>Reads a value of a name table; an unknown one is an error listing what is accepted.</summary>
    protected bool Name<T>(NameTable<T> table, ReadOnlySpan<char> text, int column, EntryPath path, out T value, string? shown = null)
    {
        if (table.TryFind(text, out value))
        {
            return true;
        }

        Error(column, path, TableRules.UnknownValue, Messages.UnknownValue(table.Accepted), shown ?? text.ToString());
        return false;
    }

    /// <summary>Builds the record of the candidate read: the profile, or every error.</summary>
    protected CandidateRecord Record(long line, string? id, Func<CandidateProfile> create)
    {
        if (Errors.Count == 0)
        {
            try
            {
                return new CandidateRecord(line, create());
            }
            catch (ModelRuleException e)
            {
                Errors.Add(new DocumentError("$." + e.Member, e.Rule, e.Text, line));
            }
        }

        return ErrorRecord(line, id);
    }

    /// <summary>The record of a candidate that could not be read, with the errors found so far (at least one).</summary>
    protected CandidateRecord ErrorRecord(long line, string? id)
    {
        var record = new CandidateRecord(line, id, [.. Errors]);
        Errors.Clear();
        return record;
    }

    /// <summary>A path with an index: <c>$.work[2]</c>.</summary>
    protected static EntryPath Indexed(string path, int index) => new(path, index);

    /// <summary>The lists of a candidate as immutable arrays, reusing no storage of the reader.</summary>
    protected static ImmutableArray<T> Freeze<T>(List<T> list) => list.Count == 0 ? [] : [.. list];
}
