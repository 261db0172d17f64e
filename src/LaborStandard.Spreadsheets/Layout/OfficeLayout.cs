using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// The layout offices keep: one row per candidate and one column per fact. A candidate with several periods of work
/// (certificates, trainings, schools) goes on over the rows right after its first, with the same id; each row may
/// carry one entry of each group. Person-level cells (学历, 学历取得日期, 同等学力, 相关职业编码) on those rows must be blank
/// or the same as on the first.
/// </summary>
internal sealed class OfficeLayout : LayoutReader
{
    private static readonly (string Zh, string En) WorkGroup = ("工作经历", "a period of work");
    private static readonly (string Zh, string En) CertificateGroup = ("证书", "a certificate");
    private static readonly (string Zh, string En) TrainingGroup = ("培训", "a training");
    private static readonly (string Zh, string En) SchoolGroup = ("院校就读", "a school enrolment");

    private static readonly System.Buffers.SearchValues<char> CodeSeparators = System.Buffers.SearchValues.Create("、，,;； \u3000\t");

    private readonly CandidateFacts _unknown;
    private readonly int _id;
    private readonly int _education;
    private readonly int _obtained;
    private readonly int _equivalent;
    private readonly int _related;

    private readonly List<WorkPeriod> _work = [];
    private readonly List<Certificate> _certificates = [];
    private readonly List<TrainingRecord> _trainings = [];
    private readonly List<SchoolRecord> _schooling = [];
    private int _workCount;
    private int _certificateCount;
    private int _trainingCount;
    private int _schoolCount;

    private long _line;
    private string? _candidateId;
    private EducationLevel? _level;
    private DateOnly? _obtainedOn;
    private bool? _isEquivalent;
    private ImmutableArray<string> _relatedCodes;

    public OfficeLayout(TableRows rows, TableHeader header, bool checkIds)
        : base(rows, header, checkIds)
    {
        _unknown = header.Columns.UnknownFacts & ~CandidateFacts.Education;
        _id = header.ColumnOf(TableField.Id);
        _education = header.ColumnOf(TableField.Education);
        _obtained = header.ColumnOf(TableField.EducationObtainedOn);
        _equivalent = header.ColumnOf(TableField.Equivalent);
        _related = header.ColumnOf(TableField.RelatedOccupations);
    }

    public override IEnumerable<CandidateRecord> Records()
    {
        var open = false;
        while (Rows.MoveNext())
        {
            if (Rows.IsBlank)
            {
                continue;
            }

            if (open && Continues())
            {
                AddRow(first: false);
                continue;
            }

            if (open)
            {
                yield return Emit();
            }

            Start(RowId());
            open = true;
            AddRow(first: true);
        }

        if (open)
        {
            yield return Emit();
        }
    }

    /// <summary>Whether the current row goes on with the open candidate: it has the same, non-blank id.</summary>
    private bool Continues()
    {
        var id = RowId();
        return !id.IsEmpty && _candidateId is not null && id.SequenceEqual(_candidateId);
    }

    private void Start(ReadOnlySpan<char> id)
    {
        _line = Rows.Line;
        _candidateId = id.IsEmpty ? null : id.ToString();
        _level = null;
        _obtainedOn = null;
        _isEquivalent = null;
        _relatedCodes = default;
        _work.Clear();
        _certificates.Clear();
        _trainings.Clear();
        _schooling.Clear();
        _workCount = _certificateCount = _trainingCount = _schoolCount = 0;
        CheckNewId(id, _line);
    }

    private CandidateRecord Emit()
    {
        var education = _level is { } level ? new EducationRecord(level, _isEquivalent ?? false, _obtainedOn) : null;
        return Record(_line, _candidateId, () => new CandidateProfile(
            education, Freeze(_schooling), Freeze(_certificates), Freeze(_trainings), Freeze(_work), _unknown, _candidateId, _relatedCodes));
    }

    private void AddRow(bool first)
    {
        if (!CheckRow())
        {
            return;
        }

        if (first)
        {
            ReadPerson();
        }
        else
        {
            CheckContinuation();
        }

        ReadWork();
        ReadCertificate();
        ReadTraining();
        ReadSchool();
    }

    private void ReadPerson()
    {
        var level = Cell(_education);
        if (!level.IsEmpty && Name(CellValues.Education, level, _education, "$.education.level", out var education))
        {
            _level = education;
        }

        if (!Cell(_obtained).IsEmpty)
        {
            _obtainedOn = Date(_obtained, "$.education.obtainedOn");
        }

        var equivalent = Cell(_equivalent);
        if (!equivalent.IsEmpty && Name(CellValues.YesNo, equivalent, _equivalent, "$.education.equivalent", out var yes))
        {
            _isEquivalent = yes;
        }

        if (level.IsEmpty && (!Cell(_obtained).IsEmpty || !equivalent.IsEmpty))
        {
            Error(_education, "$.education.level", TableRules.Required, Messages.EducationMissing, withValue: false);
        }

        if (!Cell(_related).IsEmpty)
        {
            _relatedCodes = RelatedCodes();
        }
    }

    /// <summary>On a continuation row, a person-level cell must be blank or give the same value as the first row.</summary>
    private void CheckContinuation()
    {
        var level = Cell(_education);
        if (!level.IsEmpty && Name(CellValues.Education, level, _education, "$.education.level", out var education) && education != _level)
        {
            Error(_education, "$.education.level", TableRules.Continuation, Messages.Continuation(_line));
        }

        if (!Cell(_obtained).IsEmpty && Date(_obtained, "$.education.obtainedOn") is { } date && date != _obtainedOn)
        {
            Error(_obtained, "$.education.obtainedOn", TableRules.Continuation, Messages.Continuation(_line));
        }

        var equivalent = Cell(_equivalent);
        if (!equivalent.IsEmpty && Name(CellValues.YesNo, equivalent, _equivalent, "$.education.equivalent", out var yes) && yes != _isEquivalent)
        {
            Error(_equivalent, "$.education.equivalent", TableRules.Continuation, Messages.Continuation(_line));
        }

        if (!Cell(_related).IsEmpty)
        {
            var codes = RelatedCodes();
            if (!codes.IsDefault && (_relatedCodes.IsDefault || !codes.SequenceEqual(_relatedCodes)))
            {
                Error(_related, "$.relatedOccupations", TableRules.Continuation, Messages.Continuation(_line));
            }
        }
    }

    /// <summary>The codes of the related-occupations cell, separated by 、 ， , ; ； or spaces.</summary>
    private ImmutableArray<string> RelatedCodes()
    {
        var cell = Cell(_related);
        var codes = ImmutableArray.CreateBuilder<string>();
        Span<char> folded = stackalloc char[10];
        var rest = cell;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(CodeSeparators);
            var part = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            if (!CellValues.TryCode(part, folded))
            {
                Error(_related, "$.relatedOccupations", StandardRules.CodeFormat, Messages.NotCodes);
                return default;
            }

            codes.Add(Codes.Get(folded));
        }

        return codes.ToImmutable();
    }

    private void ReadWork()
    {
        var code = Header.ColumnOf(TableField.WorkOccupationCode);
        var from = Header.ColumnOf(TableField.WorkFrom);
        var to = Header.ColumnOf(TableField.WorkTo);
        if (Cell(code).IsEmpty && Cell(from).IsEmpty && Cell(to).IsEmpty)
        {
            return;
        }

        var path = Indexed("$.work", _workCount++);
        var occupation = Present(code, TableField.WorkOccupationCode, path.Of("occupationCode"), WorkGroup) ? Code(Cell(code), code, path.Of("occupationCode")) : null;
        var start = Present(from, TableField.WorkFrom, path.Of("from"), WorkGroup) ? Date(from, path.Of("from")) : null;
        var end = Cell(to).IsEmpty ? null : Date(to, path.Of("to"));
        if (occupation is null || start is null || (!Cell(to).IsEmpty && end is null))
        {
            return;
        }

        if (end < start)
        {
            Error(to, path.Of("to"), StandardRules.DateOrder, Messages.WorkEndsBeforeStart);
            return;
        }

        _work.Add(new WorkPeriod(occupation, start.Value, end));
    }

    private void ReadCertificate()
    {
        var code = Header.ColumnOf(TableField.CertificateOccupationCode);
        var level = Header.ColumnOf(TableField.CertificateLevel);
        var kind = Header.ColumnOf(TableField.CertificateKind);
        var issued = Header.ColumnOf(TableField.CertificateIssuedOn);
        if (Cell(code).IsEmpty && Cell(level).IsEmpty && Cell(kind).IsEmpty && Cell(issued).IsEmpty)
        {
            return;
        }

        var path = Indexed("$.certificates", _certificateCount++);
        var occupation = Present(code, TableField.CertificateOccupationCode, path.Of("occupationCode"), CertificateGroup) ? Code(Cell(code), code, path.Of("occupationCode")) : null;
        var rank = default(SkillLevel);
        var hasRank = Present(level, TableField.CertificateLevel, path.Of("level"), CertificateGroup) && Name(CellValues.Level, Cell(level), level, path.Of("level"), out rank);
        var certificateKind = default(CertificateKind);
        var hasKind = Present(kind, TableField.CertificateKind, path.Of("kind"), CertificateGroup) && Name(CellValues.CertificateKind, Cell(kind), kind, path.Of("kind"), out certificateKind);
        var date = Present(issued, TableField.CertificateIssuedOn, path.Of("issuedOn"), CertificateGroup) ? Date(issued, path.Of("issuedOn")) : null;
        if (occupation is not null && hasRank && hasKind && date is not null)
        {
            _certificates.Add(new Certificate(occupation, rank, certificateKind, date.Value));
        }
    }

    private void ReadTraining()
    {
        var code = Header.ColumnOf(TableField.TrainingOccupationCode);
        var level = Header.ColumnOf(TableField.TrainingLevel);
        var hours = Header.ColumnOf(TableField.TrainingHours);
        var completed = Header.ColumnOf(TableField.TrainingCompletedOn);
        if (Cell(code).IsEmpty && Cell(level).IsEmpty && Cell(hours).IsEmpty && Cell(completed).IsEmpty)
        {
            return;
        }

        var path = Indexed("$.trainings", _trainingCount++);
        var occupation = Present(code, TableField.TrainingOccupationCode, path.Of("occupationCode"), TrainingGroup) ? Code(Cell(code), code, path.Of("occupationCode")) : null;
        var rank = default(SkillLevel);
        var hasRank = Present(level, TableField.TrainingLevel, path.Of("level"), TrainingGroup) && Name(CellValues.Level, Cell(level), level, path.Of("level"), out rank);
        decimal? completedHours = null;
        if (Present(hours, TableField.TrainingHours, path.Of("hoursCompleted"), TrainingGroup))
        {
            if (!CellValues.TryHours(Cell(hours), out var value))
            {
                Error(hours, path.Of("hoursCompleted"), TableRules.Number, Messages.NotHours);
            }
            else if (value < 0)
            {
                Error(hours, path.Of("hoursCompleted"), StandardRules.Range, Messages.NegativeHours);
            }
            else
            {
                completedHours = value;
            }
        }

        var certificate = Cell(completed).IsEmpty ? null : Date(completed, path.Of("completionCertificateOn"));
        if (occupation is not null && hasRank && completedHours is not null && (Cell(completed).IsEmpty || certificate is not null))
        {
            _trainings.Add(new TrainingRecord(occupation, rank, completedHours.Value, certificate));
        }
    }

    private void ReadSchool()
    {
        var kind = Header.ColumnOf(TableField.SchoolKind);
        var programme = Header.ColumnOf(TableField.SchoolProgramme);
        var date = Header.ColumnOf(TableField.GraduationDate);
        var graduated = Header.ColumnOf(TableField.Graduated);
        if (Cell(kind).IsEmpty && Cell(programme).IsEmpty && Cell(date).IsEmpty && Cell(graduated).IsEmpty)
        {
            return;
        }

        var path = Indexed("$.schooling", _schoolCount++);
        var schoolKind = default(SchoolKind);
        var hasKind = Present(kind, TableField.SchoolKind, path.Of("kind"), SchoolGroup) && Name(CellValues.SchoolKind, Cell(kind), kind, path.Of("kind"), out schoolKind);
        var schoolProgramme = SchoolProgramme.Regular;
        var hasProgramme = Cell(programme).IsEmpty || Name(CellValues.Programme, Cell(programme), programme, path.Of("programme"), out schoolProgramme);
        var day = Present(date, TableField.GraduationDate, path.Of("graduationDate"), SchoolGroup) ? Date(date, path.Of("graduationDate")) : null;
        var hasGraduated = true;
        var hasStatus = Cell(graduated).IsEmpty || Name(CellValues.Graduated, Cell(graduated), graduated, path.Of("graduated"), out hasGraduated);
        if (hasKind && hasProgramme && day is not null && hasStatus)
        {
            _schooling.Add(new SchoolRecord(schoolKind, schoolProgramme, day.Value, hasGraduated));
        }
    }

    /// <summary>Whether a cell an entry needs is given; a missing column or a blank cell is an error of the entry.</summary>
    private bool Present(int column, TableField field, EntryPath path, (string Zh, string En) group)
    {
        if (column < 0)
        {
            var names = TableFields.NamesOf(field);
            Errors.Add(new DocumentError(path.ToString(), TableRules.Required, Messages.RequiredColumn(group.Zh, group.En, names[0], names[1]), Rows.Line));
            return false;
        }

        if (Cell(column).IsEmpty)
        {
            Error(column, path, TableRules.Required, Messages.Required(group.Zh, group.En), withValue: false);
            return false;
        }

        return true;
    }
}
