using System.Text.Json;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Writes the batch record of short answers straight to UTF-8: the one definition of its shape (see
/// <see cref="BatchRecordDocument"/>). Short answers are what a batch of millions writes, so no transfer object is
/// built: property names are encoded once, dates formatted on the stack.
/// </summary>
internal static class ScreeningRecordWriter
{
    private static readonly JsonEncodedText Levels = JsonEncodedText.Encode("levels");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText Verdict = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText HoldingConditions = JsonEncodedText.Encode("holdingConditions");
    private static readonly JsonEncodedText EligibleSince = JsonEncodedText.Encode("eligibleSince");
    private static readonly JsonEncodedText ProjectedOn = JsonEncodedText.Encode("projectedOn");
    private static readonly JsonEncodedText NearestCondition = JsonEncodedText.Encode("nearestCondition");
    private static readonly JsonEncodedText Missing = JsonEncodedText.Encode("missing");

    public static void Write(Utf8JsonWriter writer, CandidateRecord record, ScreeningReport screening, SkillLevel? only)
    {
        BatchRecordWriter.Start(writer, record);
        SkillLevel? highest = null;
        foreach (var answer in screening.Levels)
        {
            highest = BatchRecordWriter.Senior(highest, answer.Level, answer.Verdict == Eligibility.Verdict.Eligible, only);
        }

        BatchRecordWriter.Answered(writer, screening.AsOf, highest);
        writer.WriteStartArray(Levels);
        foreach (var answer in screening.Levels)
        {
            if (only is null || answer.Level == only)
            {
                WriteLevel(writer, answer);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLevel(Utf8JsonWriter writer, LevelScreening answer)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Level, answer.Level.Rank);
        writer.WriteString(Verdict, NameTables.NameOf(NameTables.Verdicts, answer.Verdict));
        writer.WriteStartArray(HoldingConditions);
        foreach (var number in answer.HoldingConditions)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
        if (answer.EligibleSince is { } since)
        {
            JsonOutput.WriteDate(writer, EligibleSince, since);
        }

        if (answer.ProjectedOn is { } on)
        {
            JsonOutput.WriteDate(writer, ProjectedOn, on);
        }

        DecisionDocumentWriter.Facts(writer, answer.UnknownFacts);

        if (answer.NearestCondition is { } nearest)
        {
            writer.WriteNumber(NearestCondition, nearest);
        }

        if (answer.Missing is { } missing)
        {
            JsonOutput.WriteText(writer, Missing, missing);
        }

        writer.WriteEndObject();
    }
}
