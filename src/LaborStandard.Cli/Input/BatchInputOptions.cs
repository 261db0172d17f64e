namespace LaborStandard.Cli.Input;

/// <summary>How a batch's input is read, as the command line says.</summary>
/// <param name="Format"><c>--format</c>: jsonl, csv, tsv or xlsx; null to go by the file's extension.</param>
/// <param name="Encoding"><c>--encoding</c> of a text table: utf-8 (the default), gb18030, gbk …</param>
/// <param name="Sheet"><c>--sheet</c>: the workbook's sheet; the first when null.</param>
/// <param name="ColumnsPath"><c>--columns</c>: a file mapping other header names to fields.</param>
internal sealed record BatchInputOptions(string? Format, string? Encoding, string? Sheet, string? ColumnsPath);
