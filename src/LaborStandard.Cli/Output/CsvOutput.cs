using System.Globalization;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Writing;

namespace LaborStandard.Cli.Output;

/// <summary>
/// A batch's answers as a CSV table, one row per input record: line, id, as-of date, highest level, then per level the
/// verdict, the alternatives that hold, since when or from when, the facts not known, the nearest alternative and what
/// it lacks, and last the errors of a record that could not be read. Headers and words in the session's language;
/// UTF-8 with a byte-order mark (Excel opens it with Chinese intact), or GB18030.
/// </summary>
internal sealed class CsvOutput : BatchOutput
{
    private readonly Session _session;
    private readonly CsvTableWriter _writer;
    private readonly SkillLevel[] _levels;
    private readonly string?[] _cells;

    public CsvOutput(Session session, Stream stream, IEnumerable<SkillLevel> levels, System.Text.Encoding encoding)
    {
        _session = session;
        _levels = [.. levels];
        var text = session.Text;
        var columns = new List<string> { text.LineColumn, text.IdColumn, text.AsOfColumn, text.HighestLevelColumn };
        foreach (var level in _levels)
        {
            columns.AddRange(text.LevelColumns(Short(level)));
        }

        columns.Add(text.ErrorsColumn);
        _cells = new string?[columns.Count];
        _writer = CsvTableWriter.Create(stream, columns, new TableWriterOptions { LeaveOpen = true, Encoding = encoding, ByteOrderMark = encoding.CodePage == System.Text.Encoding.UTF8.CodePage });
    }

    public override bool NeedsDecisions => false;

    public override void Write(CandidateRecord record, EligibilityReport? report, ScreeningReport? screening)
    {
        Start(record);
        var answers = screening!;
        _cells[2] = answers.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var i = 4;
        SkillLevel? highest = null;
        foreach (var level in _levels)
        {
            var answer = answers.For(level);
            highest = answer.Verdict == Verdict.Eligible ? level : highest;
            _cells[i++] = _session.Local(answer.VerdictText);
            _cells[i++] = string.Join(_session.Text.ListSeparator, answer.HoldingConditions);
            _cells[i++] = Date(answer.EligibleSince);
            _cells[i++] = Date(answer.ProjectedOn);
            _cells[i++] = answer.UnknownFactsText is { } unknown ? _session.Local(unknown) : null;
            _cells[i++] = answer.NearestCondition?.ToString(CultureInfo.InvariantCulture);
            _cells[i++] = answer.Missing is { } missing ? _session.Local(missing) : null;
        }

        _cells[3] = highest is { } h ? Short(h) : null;
        _writer.WriteRow(_cells);
    }

    public override void WriteErrors(CandidateRecord record)
    {
        Start(record);
        _cells[^1] = string.Join(_session.Text.SentenceSeparator, record.Errors.Select(e => e.ToString(_session.Culture)));
        _writer.WriteRow(_cells);
    }

    public override void Flush() => _writer.Flush();

    public override void Dispose() => _writer.Dispose();

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Start(CandidateRecord record)
    {
        Array.Clear(_cells);
        _cells[0] = record.Line.ToString(CultureInfo.InvariantCulture);
        _cells[1] = record.CandidateId;
    }

    // 四级 / Level 4: the first part of the level's name.
    private string Short(SkillLevel level) => _session.Local(level.Name).Split('/')[0].Trim();
}
