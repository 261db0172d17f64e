namespace LaborStandard.Spreadsheets.Layout;

/// <summary>What a cell of a row holds.</summary>
internal enum CellKind : byte
{
    /// <summary>Text (every cell of a text table; a text or shared-string cell of a sheet).</summary>
    Text,

    /// <summary>A number of a sheet, not formatted as a date; its text is the number as the workbook stores it.</summary>
    Number,

    /// <summary>A cell of a sheet formatted as a date (or a date-time); <see cref="TableRows.Date"/> holds the day.</summary>
    Date,

    /// <summary>An error value of a sheet (<c>#N/A</c>, <c>#REF!</c> …); its text is the error.</summary>
    Error,
}
