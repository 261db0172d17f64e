using System.Collections.Immutable;
using LaborStandard.Eligibility;
using LaborStandard.Serialization;

namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// Finds and reads the header of a table. The header is the first non-blank row, among the first
/// <see cref="SearchRows"/>, with a cell that names a field (by the reader's names, the column map's, or the tool's
/// CSV dialect's); the rows above it are titles ("2024年度申报人员名单", "填报单位：…") and are skipped.
/// </summary>
internal sealed class TableHeader
{
    /// <summary>How many non-blank rows are searched for the header.</summary>
    public const int SearchRows = 20;

    private static readonly ImmutableArray<(CandidateFacts Group, TableField[] Fields)> Groups =
    [
        (CandidateFacts.WorkHistory, [TableField.WorkOccupationCode, TableField.WorkFrom, TableField.WorkTo]),
        (CandidateFacts.Certificates, [TableField.CertificateOccupationCode, TableField.CertificateLevel, TableField.CertificateKind, TableField.CertificateIssuedOn]),
        (CandidateFacts.Trainings, [TableField.TrainingOccupationCode, TableField.TrainingLevel, TableField.TrainingHours, TableField.TrainingCompletedOn]),
        (CandidateFacts.Schooling, [TableField.SchoolKind, TableField.SchoolProgramme, TableField.GraduationDate, TableField.Graduated]),
    ];

    private readonly int[] _columnOf = new int[(int)TableField.UnknownFacts + 1];

    private TableHeader(TableLayout layout, long line, string[] names)
    {
        Layout = layout;
        Line = line;
        Names = names;
        Array.Fill(_columnOf, -1);
    }

    /// <summary>Gets the layout.</summary>
    public TableLayout Layout { get; }

    /// <summary>Gets the line of the header.</summary>
    public long Line { get; }

    /// <summary>Gets the header of each column as written (trimmed).</summary>
    public string[] Names { get; }

    /// <summary>Gets the number of columns of the header.</summary>
    public int Count => Names.Length;

    /// <summary>Gets the public description.</summary>
    public TableColumns Columns { get; private set; } = TableColumns.Empty;

    /// <summary>Gets the column of a field, or -1 when the table has none.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The 0-based column.</returns>
    public int ColumnOf(TableField field) => _columnOf[(int)field];

    /// <summary>Gets the header of a column, for messages; <see langword="null"/> past the header.</summary>
    /// <param name="index">The 0-based column.</param>
    /// <returns>The header.</returns>
    public string? NameOf(int index) => index >= 0 && index < Names.Length ? Names[index] : null;

    /// <summary>Reads rows up to the header and reads it.</summary>
    /// <param name="rows">The rows, before the first.</param>
    /// <param name="map">The column map.</param>
    /// <returns>The header, or <see langword="null"/> when the table has no non-blank row at all.</returns>
    /// <exception cref="DocumentException">No header among the first rows, a column named twice, or an unknown column in the tool's CSV dialect.</exception>
    public static TableHeader? Find(TableRows rows, ColumnMap map)
    {
        var searched = 0;
        while (rows.MoveNext())
        {
            if (rows.IsBlank)
            {
                continue;
            }

            if (rows.Problem is { } problem)
            {
                throw new DocumentException(CandidateTable.Kind, [new DocumentError("$", problem.Rule, problem.Message, problem.Line)]);
            }

            if (HeaderNames(rows) is { } names && IsHeader(names, map))
            {
                return Read(names, rows.Line, map);
            }

            if (++searched == SearchRows)
            {
                break;
            }
        }

        return searched == 0 ? null : throw new DocumentException(CandidateTable.Kind, [new DocumentError("$", TableRules.Header, Messages.NoHeader(SearchRows))]);
    }

    private static string[]? HeaderNames(TableRows rows)
    {
        var names = new string[rows.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = TextFold.Trim(rows.Text(i)).ToString();
        }

        return names;
    }

    private static bool IsHeader(string[] names, ColumnMap map)
    {
        foreach (var name in names)
        {
            var folded = TableFields.Fold(name);
            if (folded.Length > 0 && (map.TryFind(folded, out _) || TableFields.TryFind(folded, out _, out _) || TableFields.TryFindLegacy(folded, out _)))
            {
                return true;
            }
        }

        return false;
    }

    private static TableHeader Read(string[] names, long line, ColumnMap map)
    {
        var legacyOnly = false;
        var allLegacy = true;
        foreach (var name in names)
        {
            var folded = TableFields.Fold(name);
            if (TableFields.TryFindLegacy(folded, out var field))
            {
                legacyOnly |= field >= TableField.WorkEntries;
            }
            else if (folded.Length > 0 || names.Length == 1)
            {
                allLegacy = false;
            }
        }

        return legacyOnly || allLegacy ? ReadToolCsv(names, line) : ReadOffice(names, line, map);
    }

    private static TableHeader ReadOffice(string[] names, long line, ColumnMap map)
    {
        var header = new TableHeader(TableLayout.Office, line, names);
        var preference = new int[header._columnOf.Length];
        var ignored = ImmutableArray.CreateBuilder<string>();
        var errors = ImmutableArray.CreateBuilder<DocumentError>();
        for (var i = 0; i < names.Length; i++)
        {
            var folded = TableFields.Fold(names[i]);
            if (folded.Length == 0)
            {
                continue;
            }

            int rank;
            if (map.TryFind(folded, out var field))
            {
                rank = -1;
            }
            else if (!TableFields.TryFind(folded, out field, out rank))
            {
                ignored.Add(names[i]);
                continue;
            }

            var current = header._columnOf[(int)field];
            if (current < 0 || rank < preference[(int)field])
            {
                if (current >= 0)
                {
                    ignored.Add(names[current]);
                }

                header._columnOf[(int)field] = i;
                preference[(int)field] = rank;
            }
            else if (rank == preference[(int)field])
            {
                errors.Add(new DocumentError("$", TableRules.Header, Messages.RepeatedColumn(TableFields.NamesOf(field)[0]), line, names[i]));
            }
            else
            {
                ignored.Add(names[i]);
            }
        }

        if (errors.Count > 0)
        {
            throw new DocumentException(CandidateTable.Kind, errors.ToImmutable());
        }

        var unknown = CandidateFacts.None;
        foreach (var (group, fields) in Groups)
        {
            if (Array.TrueForAll(fields, f => header._columnOf[(int)f] < 0))
            {
                unknown |= group;
            }
        }

        if (header._columnOf[(int)TableField.Education] < 0)
        {
            unknown |= CandidateFacts.Education;
        }

        header.Columns = new TableColumns(TableLayout.Office, line, header.Recognised(), ignored.ToImmutable(), unknown);
        return header;
    }

    private static TableHeader ReadToolCsv(string[] names, long line)
    {
        var header = new TableHeader(TableLayout.ToolCsv, line, names);
        var errors = ImmutableArray.CreateBuilder<DocumentError>();
        for (var i = 0; i < names.Length; i++)
        {
            if (!TableFields.TryFindLegacy(TableFields.Fold(names[i]), out var field))
            {
                errors.Add(new DocumentError("$", TableRules.Header, Messages.LegacyUnknownColumn(string.Join(", ", TableFields.LegacyNames)), line, names[i]));
                continue;
            }

            if (header._columnOf[(int)field] >= 0)
            {
                errors.Add(new DocumentError("$", TableRules.Header, Messages.RepeatedColumn(TableFields.LegacyName(field)), line, names[i]));
                continue;
            }

            header._columnOf[(int)field] = i;
        }

        if (errors.Count > 0)
        {
            throw new DocumentException(CandidateTable.Kind, errors.ToImmutable());
        }

        header.Columns = new TableColumns(TableLayout.ToolCsv, line, header.Recognised(), [], header.ColumnOf(TableField.Education) < 0 ? CandidateFacts.Education : CandidateFacts.None);
        return header;
    }

    private ImmutableArray<TableColumn> Recognised()
    {
        var columns = new List<TableColumn>();
        for (var f = 0; f < _columnOf.Length; f++)
        {
            if (_columnOf[f] >= 0)
            {
                columns.Add(new TableColumn(Names[_columnOf[f]], (TableField)f, _columnOf[f]));
            }
        }

        return [.. columns.OrderBy(c => c.Index)];
    }
}
