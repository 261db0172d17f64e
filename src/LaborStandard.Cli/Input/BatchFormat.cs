namespace LaborStandard.Cli.Input;

/// <summary>The formats a batch is read from.</summary>
internal enum BatchFormat
{
    /// <summary>JSON Lines: one candidate document a line.</summary>
    JsonLines,

    /// <summary>Comma-separated values, with a header row.</summary>
    Csv,

    /// <summary>Tab-separated values, with a header row.</summary>
    Tsv,

    /// <summary>An Excel workbook (.xlsx), one sheet.</summary>
    Xlsx,
}
