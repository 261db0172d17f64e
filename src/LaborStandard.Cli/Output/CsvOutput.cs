using System.Collections.Immutable;
using LaborStandard.Eligibility;
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
    // The numbers of a level's alternatives, written once.
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 64).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    private readonly Session _session;
    private readonly CsvTableWriter _writer;
    private readonly SkillLevel[] _levels;
    private readonly string?[] _cells;
    private readonly string[] _shortNames;
    private readonly string _listSeparator;
    private DateOnly _asOf;
    private string _asOfText = string.Empty;

    public CsvOutput(Session session, Stream stream, IEnumerable<SkillLevel> levels, System.Text.Encoding encoding)
    {
        _session = session;
        _levels = [.. levels];
        _shortNames = [.. _levels.Select(Short)];
        _listSeparator = session.Text.ListSeparator;
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
        if (_asOfText.Length == 0 || answers.AsOf != _asOf)
        {
            (_asOf, _asOfText) = (answers.AsOf, Date(answers.AsOf));
        }

        _cells[2] = _asOfText;
        var i = 4;
        string? highest = null;
        for (var l = 0; l < _levels.Length; l++)
        {
            var answer = answers.For(_levels[l]);
            highest = answer.Verdict == Verdict.Eligible ? _shortNames[l] : highest;
            _cells[i++] = _session.Local(answer.VerdictText);
            _cells[i++] = Numbers(answer.HoldingConditions);
            _cells[i++] = Date(answer.EligibleSince);
            _cells[i++] = Date(answer.ProjectedOn);
            _cells[i++] = answer.UnknownFactsText is { } unknown ? _session.Local(unknown) : null;
            _cells[i++] = answer.NearestCondition is { } nearest ? Number(nearest) : null;
            _cells[i++] = answer.Missing is { } missing ? _session.Local(missing) : null;
        }

        _cells[3] = highest;
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

    private static string Number(int number)
        => (uint)number < (uint)SmallNumbers.Length ? SmallNumbers[number] : number.ToString(CultureInfo.InvariantCulture);

    // The numbers of the alternatives that hold, e.g. "2、4".
    private string Numbers(ImmutableArray<int> numbers) => numbers.Length switch
    {
        0 => string.Empty,
        1 => Number(numbers[0]),
        2 => string.Concat(Number(numbers[0]), _listSeparator, Number(numbers[1])),
        _ => string.Join(_listSeparator, numbers.Select(Number)),
    };

    // "O" is yyyy-MM-dd for a date, without a format string to interpret.
    private static string? Date(DateOnly? date) => date?.ToString("O", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("O", CultureInfo.InvariantCulture);

    private void Start(CandidateRecord record)
    {
        Array.Clear(_cells);
        _cells[0] = record.Line.ToString(CultureInfo.InvariantCulture);
        _cells[1] = record.CandidateId;
    }

    // 四级 / Level 4: the first part of the level's name.
    private string Short(SkillLevel level) => _session.Local(level.Name).Split('/')[0].Trim();
}
