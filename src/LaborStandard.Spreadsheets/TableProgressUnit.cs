namespace LaborStandard.Spreadsheets;

/// <summary>What a <see cref="TableProgress"/> counts.</summary>
public enum TableProgressUnit
{
    /// <summary>Bytes of the input (text tables, and the sheet of a workbook, uncompressed).</summary>
    Bytes = 1,

    /// <summary>Rows of a sheet.</summary>
    Rows = 2,
}
