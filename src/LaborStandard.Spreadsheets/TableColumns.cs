using System.Collections.Immutable;
using LaborStandard.Eligibility;

namespace LaborStandard.Spreadsheets;

/// <summary>
/// What the header of a table says: its layout, the columns recognised, the columns ignored (姓名, 身份证号 … are not
/// facts of eligibility; a program may print them once as a notice), and the groups of facts that are not known
/// because none of their columns is there.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TableColumns
{
    internal TableColumns(TableLayout layout, long headerLine, ImmutableArray<TableColumn> recognised, ImmutableArray<string> ignored, CandidateFacts unknownFacts)
    {
        Layout = layout;
        HeaderLine = headerLine;
        Recognised = recognised;
        Ignored = ignored;
        UnknownFacts = unknownFacts;
    }

    /// <summary>Gets the layout the header names.</summary>
    public TableLayout Layout { get; }

    /// <summary>Gets the 1-based line (or sheet row) of the header; 0 when the table is empty and has none.</summary>
    public long HeaderLine { get; }

    /// <summary>Gets the columns recognised, in table order.</summary>
    public ImmutableArray<TableColumn> Recognised { get; }

    /// <summary>Gets the headers of the columns ignored, in table order (a column whose field another column already gives is ignored too).</summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>Gets the groups of facts no column gives: every candidate of the table has them unknown.</summary>
    public CandidateFacts UnknownFacts { get; }

    /// <summary>Gets the columns of an empty table: no header, nothing known.</summary>
    internal static TableColumns Empty { get; } = new(TableLayout.Office, 0, [], [], CandidateFacts.All);

    /// <summary>Returns the layout and the columns.</summary>
    /// <returns>For example "Office: 编号→Id, 学历→Education; ignored: 姓名".</returns>
    public override string ToString()
        => $"{Layout}: {string.Join(", ", Recognised.Select(c => $"{c.Header}→{c.Field}"))}{(Ignored.IsEmpty ? string.Empty : "; ignored: " + string.Join(", ", Ignored))}";
}
