namespace LaborStandard.Spreadsheets;

/// <summary>How a table lays out its candidates, recognised by its header.</summary>
public enum TableLayout
{
    /// <summary>One row per candidate, one column per fact (编号, 学历, 工作开始日期 …), continuation rows for more periods, certificates or schools.</summary>
    Office = 1,

    /// <summary>
    /// The tool's own CSV dialect: English headers <c>id, education, equivalent, educationObtainedOn, work, certificates,
    /// trainings, schooling, unknown</c>, with <c>;</c>-separated entries of space-separated fields in the list cells.
    /// </summary>
    ToolCsv = 2,
}
