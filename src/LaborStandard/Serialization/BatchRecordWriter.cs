using System.Text.Json;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Writes a batch record straight to UTF-8: the one definition of its shape (see <see cref="BatchRecordDocument"/>).
/// The record opens with its line and id; then come the explained decisions (<see cref="DecisionDocumentWriter"/>), the
/// short answers (<see cref="ScreeningRecordWriter"/>) or the errors.
/// </summary>
internal static class BatchRecordWriter
{
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText CandidateIdName = JsonEncodedText.Encode("candidateId");
    private static readonly JsonEncodedText AsOfName = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText HighestEligibleLevelName = JsonEncodedText.Encode("highestEligibleLevel");
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");

    /// <summary>Writes the record of an answer: its explained decisions, or the errors of a record that was not read.</summary>
    public static void Write(Utf8JsonWriter writer, BatchAnswer answer)
    {
        var record = answer.Record;
        Start(writer, record);
        if (!record.IsValid)
        {
            writer.WriteStartArray(ErrorsName);
            foreach (var error in record.Errors)
            {
                ErrorDocument.Write(writer, error);
            }

            writer.WriteEndArray();
        }
        else if (answer.Report is { } report)
        {
            SkillLevel? highest = null;
            foreach (var decision in report.Decisions)
            {
                highest = Senior(highest, decision.Level, decision.IsEligible, answer.Level);
            }

            Answered(writer, report.AsOf, highest);
            DecisionDocumentWriter.Decisions(writer, report, answer.Level);
        }

        writer.WriteEndObject();
    }

    /// <summary>Opens a record: <c>line</c>, and <c>candidateId</c> where it was readable.</summary>
    public static void Start(Utf8JsonWriter writer, CandidateRecord record)
    {
        writer.WriteStartObject();
        writer.WriteNumber(LineName, record.Line);
        if (record.CandidateId is { } id)
        {
            writer.WriteString(CandidateIdName, id);
        }
    }

    /// <summary>Writes <c>asOf</c>, and <c>highestEligibleLevel</c> when a level written is eligible.</summary>
    public static void Answered(Utf8JsonWriter writer, DateOnly asOf, SkillLevel? highest)
    {
        JsonOutput.WriteDate(writer, AsOfName, asOf);
        if (highest is { } found)
        {
            writer.WriteNumber(HighestEligibleLevelName, found.Rank);
        }
    }

    /// <summary>The highest eligible level written so far, given one more level: the most senior has the smallest rank (三级 is senior to 四级).</summary>
    public static SkillLevel? Senior(SkillLevel? highest, SkillLevel level, bool eligible, SkillLevel? only)
        => eligible && (only is null || level == only) && (highest is null || level.Rank < highest.Value.Rank) ? level : highest;
}
