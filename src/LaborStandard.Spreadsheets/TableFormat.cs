namespace LaborStandard.Spreadsheets;

/// <summary>The file format of a candidate table.</summary>
public enum TableFormat
{
    /// <summary>Comma-separated values (<c>.csv</c>).</summary>
    Csv = 1,

    /// <summary>Tab-separated values (<c>.tsv</c>, <c>.tab</c>, and the "Unicode text" Excel saves as <c>.txt</c>).</summary>
    Tsv = 2,

    /// <summary>An Office Open XML workbook (<c>.xlsx</c>, <c>.xlsm</c>).</summary>
    Xlsx = 3,
}
