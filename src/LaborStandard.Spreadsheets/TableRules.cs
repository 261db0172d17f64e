namespace LaborStandard.Spreadsheets;

/// <summary>
/// The rules a candidate table must keep, by the short ids that errors carry (<c>DocumentError.Rule</c>). A value
/// that breaks a rule of the model itself carries the model's rule instead (<c>code-format</c>, <c>date-order</c>,
/// <c>range</c>, <c>level-defined</c>; see <c>StandardRules</c>).
/// </summary>
/// <remarks>The ids are stable: callers may switch on them. This type is thread-safe.</remarks>
public static class TableRules
{
    /// <summary>The bytes of a record are not valid in the encoding the table is read in.</summary>
    public const string TextEncoding = "text-encoding";

    /// <summary>A record is longer than the reader allows (<see cref="CandidateTableOptions.MaxRecordLength"/>).</summary>
    public const string RecordSize = "record-size";

    /// <summary>A quoted field is not closed on its line (or the lines it spans do not make a valid record).</summary>
    public const string CsvUnclosedQuote = "csv-unclosed-quote";

    /// <summary>A double quote inside an unquoted field, or text after the closing quote of a quoted field.</summary>
    public const string CsvQuote = "csv-quote";

    /// <summary>An entry of a list cell of the tool's own CSV dialect does not have the documented shape.</summary>
    public const string CsvFormat = "csv-format";

    /// <summary>A row has fewer or more fields than the header names, or a sheet row has a value outside the header's columns.</summary>
    public const string FieldCount = "table-field-count";

    /// <summary>A candidate id appears again after other candidates, not on the rows right after its first ones.</summary>
    public const string RepeatedId = Model.StandardRules.RepeatedId;

    /// <summary>A cell holds a value that is not one of those accepted for its column.</summary>
    public const string UnknownValue = "table-unknown-value";

    /// <summary>A cell of a date column is not a date in an accepted form.</summary>
    public const string Date = "table-date";

    /// <summary>A cell of a number column (培训学时) is not a number.</summary>
    public const string Number = "table-number";

    /// <summary>A cell an entry needs is blank (a period of work without its start date …).</summary>
    public const string Required = "table-required";

    /// <summary>A continuation row gives a person-level fact (学历 …) that differs from the candidate's first row.</summary>
    public const string Continuation = "table-continuation";

    /// <summary>A cell of a sheet holds an error value (<c>#N/A</c>, <c>#REF!</c> …).</summary>
    public const string CellError = "table-cell-error";

    /// <summary>The header: none found, a column named twice, or a column the tool's own CSV dialect does not define.</summary>
    public const string Header = "table-header";

    /// <summary>The sheet asked for does not exist, or the workbook cannot be read.</summary>
    public const string Workbook = "table-workbook";

    /// <summary>A line of a column map file is malformed or names an unknown field.</summary>
    public const string ColumnMap = "column-map";
}
