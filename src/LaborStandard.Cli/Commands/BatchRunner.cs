using System.Globalization;
using LaborStandard.Cli.Input;
using LaborStandard.Cli.Output;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Cli.Commands;

/// <summary>
/// <c>eligibility --batch</c>: decides many candidates read from JSON Lines or CSV and writes one JSON line per candidate,
/// in input order. A bad record gets a line of its own with its errors, and the run goes on. Progress and the closing
/// summary go to stderr, so that stdout stays JSON Lines.
/// </summary>
internal sealed class BatchRunner(Session session, EligibilityEngine engine, DateOnly asOf, SkillLevel? level)
{
    /// <summary>How often progress is reported when it is on by default (stderr is a terminal, or the input is large).</summary>
    public const int DefaultProgressInterval = 1000;

    /// <summary>The input size from which progress is on by default.</summary>
    public const long LargeInputBytes = 1024 * 1024;

    /// <summary>Runs the batch.</summary>
    /// <param name="path">The input: a <c>.csv</c> file, or JSON Lines (any other file, or <c>-</c> for stdin).</param>
    /// <param name="progressEvery">Report progress every so many candidates; 0 for never; <see langword="null"/> for the default.</param>
    /// <returns><see cref="ExitCodes.Success"/> when every record was read, <see cref="ExitCodes.BadInput"/> when one or more were not.</returns>
    public int Run(string path, int? progressEvery)
    {
        var interval = progressEvery
            ?? (session.ErrorIsTerminal || Documents.Size(session, path) >= LargeInputBytes ? DefaultProgressInterval : 0);
        var levels = level is { } one ? [one] : engine.Levels;
        var eligible = new int[levels.Length];
        int candidates = 0, indeterminate = 0, invalid = 0;
        var file = Documents.Display(path);

        using (var input = Documents.OpenBytes(session, path))
        {
            foreach (var record in Records(input, path))
            {
                candidates++;
                if (record.Profile is { } profile)
                {
                    var report = engine.EvaluateAll(profile, asOf);
                    var decisions = levels.Select(report.For).ToList();
                    for (var i = 0; i < decisions.Count; i++)
                    {
                        eligible[i] += decisions[i].IsEligible ? 1 : 0;
                    }

                    indeterminate += decisions.Any(d => d.Verdict == Verdict.Indeterminate) ? 1 : 0;
                    session.Out.Write(level is null ? DecisionDocument.ToJson(report, indented: false) : DecisionDocument.ToJson(decisions[0], indented: false));
                }
                else
                {
                    invalid++;
                    session.Out.Write(CliJson.Write(new BatchErrorDto(record.Line, record.CandidateId, false, record.Errors), CliJson.Compact.BatchErrorDto));
                    foreach (var error in record.Errors)
                    {
                        session.Error.WriteLine($"{Cli.Name}: {file}: {Describe(error)}");
                    }
                }

                session.Out.Write('\n');
                if (interval > 0 && candidates % interval == 0)
                {
                    session.Error.WriteLine($"{Cli.Name}: {file}: {session.Text.Progress(candidates)}");
                }
            }
        }

        var perLevel = levels.Select((l, i) => (session.Local(l.Name), eligible[i]));
        session.Error.WriteLine($"{Cli.Name}: {file}: {session.Text.BatchSummary(candidates, perLevel, indeterminate, invalid)}");
        return invalid == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>Describes an error of a record in one line: the path, the line (and CSV column), the message and the rule.</summary>
    /// <param name="error">The error.</param>
    /// <returns>For example <c>$.work[0].from (line 3, column work): '2024-02-30' is not a date written yyyy-MM-dd. [json-type]</c>.</returns>
    public static string Describe(ErrorDto error)
    {
        var where = error.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line}{(error.Column is { } column ? $", column {column}" : string.Empty)})")
            : string.Empty;
        return $"{error.Path}{where}: {error.Message} [{error.Rule}]";
    }

    private IEnumerable<BatchRecord> Records(Stream input, string path)
    {
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CandidateCsv.Read(new StreamReader(input, System.Text.Encoding.UTF8), session.Text, Documents.Display(path));
        }

        return CandidateDocument.ReadLines(input).Select(record => record.IsValid
            ? new BatchRecord(record.Line, record.CandidateId, record.Candidate, [])
            : new BatchRecord(record.Line, record.CandidateId, null, [.. record.Errors.Select(e => new ErrorDto(e.Path, e.Rule, session.Local(e.Message), e.Line ?? record.Line, e.Column))]));
    }
}
