using System.Text.Json;
using Ardalis.GuardClauses;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// The answer of a batch, one JSON line per input record (JSON Lines), in input order: every line carries the record's
/// <c>line</c> (where it starts in the input: a text line, or a sheet row) and its <c>candidateId</c> where readable, then
/// exactly one of <c>decisions</c> (the explained decisions, as <see cref="DecisionDocument"/> writes them),
/// <c>levels</c> (the short answers of <see cref="EligibilityEngine.Screen(CandidateProfile, DateOnly)"/>) or
/// <c>errors</c> (every problem that kept the record from being read: path, line, column, value, rule and message in
/// Chinese and English). Schema: <c>batch-record.schema.json</c>.
/// </summary>
/// <remarks>
/// <c>asOf</c> and <c>highestEligibleLevel</c> accompany answers; <c>highestEligibleLevel</c> is absent when no level
/// written is eligible. Thread-safe.
/// </remarks>
public static class BatchRecordDocument
{
    /// <summary>
    /// Gets the options of a writer for batch records: one line, Chinese and other text as is (not escaped). Create the
    /// <see cref="Utf8JsonWriter"/> with them, so that the output opens readable in any editor.
    /// </summary>
    public static JsonWriterOptions WriterOptions => JsonOutput.Lines;

    /// <summary>Writes the explained decisions for a record read without a problem, as one line of JSON.</summary>
    /// <param name="writer">The writer; reuse it (and <see cref="Utf8JsonWriter.Reset()"/> it) between records.</param>
    /// <param name="record">The input record.</param>
    /// <param name="report">The record's decisions.</param>
    /// <param name="level">Only this level's decision; every level of the report when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="record"/> was not read, or the report has no such level.</exception>
    public static void Write(Utf8JsonWriter writer, CandidateRecord record, EligibilityReport report, SkillLevel? level = null)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(report);
        BatchRecordWriter.Write(writer, Answer(record, report, null, level, report.Decisions.Select(d => d.Level)));
    }

    /// <summary>Writes the short answers for a record read without a problem, as one line of JSON.</summary>
    /// <param name="writer">The writer; reuse it (and <see cref="Utf8JsonWriter.Reset()"/> it) between records.</param>
    /// <param name="record">The input record.</param>
    /// <param name="screening">The record's short answers.</param>
    /// <param name="level">Only this level's answer; every level of the screening when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="record"/> was not read, or the screening has no such level.</exception>
    public static void Write(Utf8JsonWriter writer, CandidateRecord record, ScreeningReport screening, SkillLevel? level = null)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(screening);
        var answer = Answer(record, null, screening, level, screening.Levels.Select(l => l.Level));
        ScreeningRecordWriter.Write(writer, answer.Record, screening, level);
    }

    /// <summary>Writes the errors of a record that could not be read, as one line of JSON.</summary>
    /// <param name="writer">The writer; reuse it (and <see cref="Utf8JsonWriter.Reset()"/> it) between records.</param>
    /// <param name="record">The input record.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="record"/> was read: it has an answer, not errors.</exception>
    public static void Write(Utf8JsonWriter writer, CandidateRecord record)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(record);
        if (record.IsValid)
        {
            throw new ArgumentException(Unread(record, read: true), nameof(record));
        }

        BatchRecordWriter.Write(writer, new BatchAnswer(record, null, null, null));
    }

    /// <summary>The line of JSON for a record: its answer when it was read (the explained decisions), else its errors.</summary>
    /// <param name="record">The input record.</param>
    /// <param name="report">The record's decisions, for a record that was read; null for one that was not.</param>
    /// <param name="level">Only this level's decision; every level when null.</param>
    /// <returns>The JSON, on one line, without a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">A record that was read has no report, or one that was not has one.</exception>
    public static string ToJson(CandidateRecord record, EligibilityReport? report, SkillLevel? level = null)
        => Line(record, report, (writer, read, answer) => Write(writer, read, answer, level));

    /// <summary>The line of JSON for a record: its short answers when it was read, else its errors.</summary>
    /// <param name="record">The input record.</param>
    /// <param name="screening">The record's short answers, for a record that was read; null for one that was not.</param>
    /// <param name="level">Only this level's answer; every level when null.</param>
    /// <returns>The JSON, on one line, without a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">A record that was read has no screening, or one that was not has one.</exception>
    public static string ToJson(CandidateRecord record, ScreeningReport? screening, SkillLevel? level = null)
        => Line(record, screening, (writer, read, answer) => Write(writer, read, answer, level));

    // A record's line: its answer when there is one, else its errors.
    private static string Line<T>(CandidateRecord record, T? answer, Action<Utf8JsonWriter, CandidateRecord, T> write)
        where T : class
    {
        Guard.Against.Null(record);
        return JsonOutput.Text(
            writer =>
            {
                if (answer is null)
                {
                    Write(writer, record);
                }
                else
                {
                    write(writer, record, answer);
                }
            },
            indented: false);
    }

    private static BatchAnswer Answer(CandidateRecord record, EligibilityReport? report, ScreeningReport? screening, SkillLevel? level, IEnumerable<SkillLevel> levels)
    {
        Guard.Against.Null(record);
        if (!record.IsValid)
        {
            throw new ArgumentException(Unread(record, read: false), nameof(record));
        }

        if (level is { } one && !levels.Contains(one))
        {
            throw new ArgumentException($"The answer has no {one}; it has {string.Join(", ", levels)}.", nameof(level));
        }

        return new BatchAnswer(record, report, screening, level);
    }

    private static string Unread(CandidateRecord record, bool read)
        => read
            ? $"The record at line {record.Line} was read; write its answer, not errors."
            : $"The record at line {record.Line} could not be read; write its errors (the overload without an answer).";
}
