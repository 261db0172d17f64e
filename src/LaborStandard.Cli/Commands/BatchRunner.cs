using LaborStandard.Eligibility;

namespace LaborStandard.Cli.Commands;

/// <summary>
/// <c>eligibility --batch</c>: decides many candidates read from JSON Lines, CSV, TSV or a workbook and writes exactly one
/// output record per input record, in input order, each carrying the line where its input record starts. A record that
/// cannot be read gets an output record with its errors, and the run goes on. Notices, progress and the closing summary
/// go to stderr, so that the output stays data.
/// </summary>
internal sealed class BatchRunner(Session session, EligibilityEngine engine, DateOnly asOf, SkillLevel? level)
{
    /// <summary>How many unreadable records are described on stderr before the rest are left to the output.</summary>
    public const int ErrorRecordsOnStderr = 20;

    /// <summary>Runs the batch.</summary>
    /// <param name="path">The input file, or <c>-</c> for standard input.</param>
    /// <param name="input">How to read it.</param>
    /// <param name="output">Where and how to write the answers.</param>
    /// <param name="progressEvery">A progress line every so many records; 0 for never; <see langword="null"/> for the default (redrawn in place on a terminal).</param>
    /// <returns><see cref="ExitCodes.Success"/> when every record was read, <see cref="ExitCodes.BadInput"/> when one or more were not.</returns>
    public int Run(string path, BatchInputOptions input, BatchOutputOptions output, int? progressEvery)
    {
        var file = Documents.Display(path);
        using var source = BatchInput.Open(session, path, input);
        if (source.IgnoredColumns.Count > 0)
        {
            session.Error.WriteLine($"{Cli.Name}: {session.Text.IgnoredColumns(file, source.IgnoredColumns)}");
        }

        SkillLevel[] levels = level is { } one ? [one] : [.. engine.Levels];
        var eligible = new long[levels.Length];
        long records = 0, indeterminate = 0, invalid = 0;
        var line = progressEvery is null && session.ErrorIsTerminal ? new ProgressLine(session, file, () => source.Progress) : null;
        var every = progressEvery ?? 0;

        using var target = output.Path is { } outputPath ? OutputFile.Create(session, outputPath) : null;
        using (var sink = Sink(target ?? session.OpenOutputBytes(), output, levels))
        {
            source.BeforeWaiting = sink.Flush;
            try
            {
                // From a file, reading and parsing run a few chunks ahead on a thread of their own. From a pipe they do
                // not: a system that writes a record and waits for its answer must get it before it writes the next.
                foreach (var record in source.IsFile ? ReadAhead.Of(source.Records()) : source.Records())
                {
                    records++;
                    if (record.Candidate is { } candidate)
                    {
                        if (sink.NeedsDecisions)
                        {
                            var report = engine.EvaluateAll(candidate, asOf);
                            Tally(levels, l => report.For(l).Verdict, eligible, ref indeterminate);
                            sink.Write(record, report, null);
                        }
                        else
                        {
                            var screening = engine.Screen(candidate, asOf);
                            Tally(levels, l => screening.For(l).Verdict, eligible, ref indeterminate);
                            sink.Write(record, null, screening);
                        }
                    }
                    else
                    {
                        sink.WriteErrors(record);
                        if (++invalid <= ErrorRecordsOnStderr)
                        {
                            foreach (var error in record.Errors)
                            {
                                session.Error.WriteLine($"{Cli.Name}: {file}: {error.ToString(session.Culture)}");
                            }
                        }
                        else if (invalid == ErrorRecordsOnStderr + 1)
                        {
                            session.Error.WriteLine($"{Cli.Name}: {session.Text.MoreErrors(file)}");
                        }
                    }

                    line?.Tick(records);
                    if (every > 0 && records % every == 0)
                    {
                        session.Error.WriteLine($"{Cli.Name}: {file}: {session.Text.Progress(records)}");
                    }
                }

                sink.Flush();
            }
            catch (DocumentException e)
            {
                // A problem of the table as a whole found while reading (a workbook that is not one).
                throw Documents.Invalid(session, path, e.Errors);
            }
            finally
            {
                line?.Clear();
            }
        }

        target?.Commit();
        var perLevel = levels.Select((l, i) => (session.Local(l.Name), eligible[i]));
        session.Error.WriteLine($"{Cli.Name}: {file}: {session.Text.BatchSummary(records, perLevel, indeterminate, invalid)}");
        return invalid == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static void Tally(SkillLevel[] levels, Func<SkillLevel, Verdict> verdict, long[] eligible, ref long indeterminate)
    {
        var unknown = false;
        for (var i = 0; i < levels.Length; i++)
        {
            var v = verdict(levels[i]);
            eligible[i] += v == Verdict.Eligible ? 1 : 0;
            unknown |= v == Verdict.Indeterminate;
        }

        indeterminate += unknown ? 1 : 0;
    }

    private BatchOutput Sink(Stream stream, BatchOutputOptions output, SkillLevel[] levels)
        => output.Csv
            ? new CsvOutput(session, stream, levels, output.Encoding)
            : new JsonLinesOutput(stream, level, output.VerdictOnly);
}
