using System.Collections.Immutable;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// The tool's own CSV dialect: one row per candidate; <c>work</c>, <c>certificates</c>, <c>trainings</c> and
/// <c>schooling</c> hold <c>;</c>-separated entries of space-separated fields; a list column that is absent or blank is
/// known to be empty, and <c>unknown</c> names the groups of facts that are not known (as in the JSON form).
/// </summary>
internal sealed class ToolCsvLayout : LayoutReader
{
    private const string WorkShape = "occupationCode from [to]";
    private const string CertificateShape = "occupationCode level kind issuedOn";
    private const string TrainingShape = "occupationCode level hours [completionCertificateOn]";
    private const string SchoolShape = "kind programme graduationDate graduated|expected";

    private static readonly NameTable<CandidateFacts> Facts = new(
        [("education", CandidateFacts.Education), ("schooling", CandidateFacts.Schooling), ("certificates", CandidateFacts.Certificates), ("trainings", CandidateFacts.Trainings), ("work", CandidateFacts.WorkHistory)],
        new("education、schooling、certificates、trainings、work", "education, schooling, certificates, trainings, work"));

    private static readonly NameTable<bool> SchoolStatus = new([("graduated", true), ("expected", false)], new("graduated、expected", "graduated, expected"));

    public ToolCsvLayout(TableRows rows, TableHeader header, bool checkIds)
        : base(rows, header, checkIds)
    {
    }

    public override IEnumerable<CandidateRecord> Records()
    {
        while (Rows.MoveNext())
        {
            if (Rows.IsBlank)
            {
                continue;
            }

            var id = RowId();
            var candidateId = id.IsEmpty ? null : id.ToString();
            CheckNewId(id, Rows.Line);
            if (!CheckRow())
            {
                yield return ErrorRecord(Rows.Line, candidateId);
                continue;
            }

            yield return Read(candidateId);
        }
    }

    private CandidateRecord Read(string? id)
    {
        var educationColumn = Header.ColumnOf(TableField.Education);
        var equivalentColumn = Header.ColumnOf(TableField.Equivalent);
        var obtainedColumn = Header.ColumnOf(TableField.EducationObtainedOn);
        EducationRecord? education = null;
        var level = Cell(educationColumn);
        var equivalent = Cell(equivalentColumn);
        var obtained = Cell(obtainedColumn);
        if (!level.IsEmpty)
        {
            var hasLevel = Name(CellValues.Education, level, educationColumn, "$.education.level", out var educationLevel);
            var isEquivalent = false;
            var hasEquivalent = equivalent.IsEmpty || Name(CellValues.YesNo, equivalent, equivalentColumn, "$.education.equivalent", out isEquivalent);
            var on = obtained.IsEmpty ? null : Date(obtainedColumn, "$.education.obtainedOn");
            if (hasLevel && hasEquivalent && (obtained.IsEmpty || on is not null))
            {
                education = new EducationRecord(educationLevel, isEquivalent, on);
            }
        }
        else if (!equivalent.IsEmpty || !obtained.IsEmpty)
        {
            Error(educationColumn, "$.education", TableRules.Required, Messages.EducationMissing, withValue: false);
        }

        var work = Entries(TableField.WorkEntries, "$.work", WorkShape, Work);
        var certificates = Entries(TableField.CertificateEntries, "$.certificates", CertificateShape, Certificate);
        var trainings = Entries(TableField.TrainingEntries, "$.trainings", TrainingShape, Training);
        var schooling = Entries(TableField.SchoolEntries, "$.schooling", SchoolShape, School);
        var unknown = Unknown();
        return Record(Rows.Line, id, () => new CandidateProfile(education, schooling, certificates, trainings, work, unknown, id));
    }

    /// <summary>Reads a list cell: each <c>;</c>-separated entry, split at spaces, is read by <paramref name="read"/> (null when its shape is wrong).</summary>
    private ImmutableArray<T> Entries<T>(TableField field, string path, string shape, Func<string[], int, EntryPath, string, T?> read)
        where T : class
    {
        var column = Header.ColumnOf(field);
        var cell = Cell(column).ToString();
        var entries = cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var items = ImmutableArray.CreateBuilder<T>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = Indexed(path, i);
            var fields = entries[i].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var errors = Errors.Count;
            var item = read(fields, column, at, entries[i]);
            if (item is not null)
            {
                items.Add(item);
            }
            else if (Errors.Count == errors)
            {
                Error(column, at, TableRules.CsvFormat, Messages.BadEntry(i + 1, shape), entries[i]);
            }
        }

        return items.ToImmutable();
    }

    private WorkPeriod? Work(string[] fields, int column, EntryPath path, string entry)
    {
        if (fields.Length is < 2 or > 3)
        {
            return null;
        }

        var code = Code(fields[0], column, path.Of("occupationCode"));
        var from = EntryDate(fields[1], column, path.Of("from"));
        var to = fields.Length == 3 ? EntryDate(fields[2], column, path.Of("to")) : null;
        if (code is null || from is null || (fields.Length == 3 && to is null))
        {
            return Failed<WorkPeriod>();
        }

        if (to < from)
        {
            Error(column, path.Of("to"), StandardRules.DateOrder, Messages.WorkEndsBeforeStart, entry);
            return Failed<WorkPeriod>();
        }

        return new WorkPeriod(code, from.Value, to);
    }

    private Certificate? Certificate(string[] fields, int column, EntryPath path, string entry)
    {
        if (fields.Length != 4 || !int.TryParse(fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var code = Code(fields[0], column, path.Of("occupationCode"));
        var hasLevel = Name(CellValues.Level, fields[1], column, path.Of("level"), out var level);
        var hasKind = Name(CellValues.CertificateKind, fields[2], column, path.Of("kind"), out var kind);
        var issued = EntryDate(fields[3], column, path.Of("issuedOn"));
        return code is not null && hasLevel && hasKind && issued is not null ? new Certificate(code, level, kind, issued.Value) : Failed<Certificate>();
    }

    private TrainingRecord? Training(string[] fields, int column, EntryPath path, string entry)
    {
        if (fields.Length is < 3 or > 4
            || !int.TryParse(fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            || !CellValues.TryHours(fields[2], out var hours))
        {
            return null;
        }

        var code = Code(fields[0], column, path.Of("occupationCode"));
        var hasLevel = Name(CellValues.Level, fields[1], column, path.Of("level"), out var level);
        var completed = fields.Length == 4 ? EntryDate(fields[3], column, path.Of("completionCertificateOn")) : null;
        if (hours < 0)
        {
            Error(column, path.Of("hoursCompleted"), StandardRules.Range, Messages.NegativeHours, entry);
            return Failed<TrainingRecord>();
        }

        return code is not null && hasLevel && (fields.Length == 3 || completed is not null)
            ? new TrainingRecord(code, level, hours, completed)
            : Failed<TrainingRecord>();
    }

    private SchoolRecord? School(string[] fields, int column, EntryPath path, string entry)
    {
        if (fields.Length != 4 || !SchoolStatus.TryFind(fields[3], out var graduated))
        {
            return null;
        }

        var hasKind = Name(CellValues.SchoolKind, fields[0], column, path.Of("kind"), out var kind);
        var hasProgramme = Name(CellValues.Programme, fields[1], column, path.Of("programme"), out var programme);
        var date = EntryDate(fields[2], column, path.Of("graduationDate"));
        return hasKind && hasProgramme && date is not null ? new SchoolRecord(kind, programme, date.Value, graduated) : Failed<SchoolRecord>();
    }

    private CandidateFacts Unknown()
    {
        var column = Header.ColumnOf(TableField.UnknownFacts);
        var names = Cell(column).ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var facts = CandidateFacts.None;
        for (var i = 0; i < names.Length; i++)
        {
            if (Name(Facts, names[i], column, Indexed("$.unknown", i), out var fact))
            {
                facts |= fact;
            }
        }

        return facts;
    }

    private DateOnly? EntryDate(string text, int column, EntryPath path)
    {
        if (Dates.TryParse(text, out var date))
        {
            return date;
        }

        Error(column, path, TableRules.Date, Messages.NotADate, text);
        return null;
    }

    /// <summary>An entry whose fields were reported one by one: nothing more to report for it.</summary>
    private static T? Failed<T>()
        where T : class
        => null;
}
