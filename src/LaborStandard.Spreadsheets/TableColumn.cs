namespace LaborStandard.Spreadsheets;

/// <summary>A column of a table recognised as a field.</summary>
/// <param name="Header">The header as the table writes it (trimmed).</param>
/// <param name="Field">The field the column gives.</param>
/// <param name="Index">The 0-based position of the column.</param>
public readonly record struct TableColumn(string Header, TableField Field, int Index);
