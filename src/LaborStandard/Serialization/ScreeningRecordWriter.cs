using System.Globalization;
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
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText CandidateId = JsonEncodedText.Encode("candidateId");
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText HighestEligibleLevel = JsonEncodedText.Encode("highestEligibleLevel");
    private static readonly JsonEncodedText Levels = JsonEncodedText.Encode("levels");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText Verdict = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText HoldingConditions = JsonEncodedText.Encode("holdingConditions");
    private static readonly JsonEncodedText EligibleSince = JsonEncodedText.Encode("eligibleSince");
    private static readonly JsonEncodedText ProjectedOn = JsonEncodedText.Encode("projectedOn");
    private static readonly JsonEncodedText UnknownFacts = JsonEncodedText.Encode("unknownFacts");
    private static readonly JsonEncodedText NearestCondition = JsonEncodedText.Encode("nearestCondition");
    private static readonly JsonEncodedText Missing = JsonEncodedText.Encode("missing");
    private static readonly JsonEncodedText Zh = JsonEncodedText.Encode("zh");
    private static readonly JsonEncodedText En = JsonEncodedText.Encode("en");

    public static void Write(Utf8JsonWriter writer, CandidateRecord record, ScreeningReport screening, SkillLevel? only)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Line, record.Line);
        if (record.CandidateId is { } id)
        {
            writer.WriteString(CandidateId, id);
        }

        Date(writer, AsOf, screening.AsOf);
        SkillLevel? highest = null;
        foreach (var answer in screening.Levels)
        {
            if ((only is null || answer.Level == only) && answer.Verdict == Eligibility.Verdict.Eligible && (highest is null || answer.Level.Rank < highest.Value.Rank))
            {
                highest = answer.Level;
            }
        }

        if (highest is { } level)
        {
            writer.WriteNumber(HighestEligibleLevel, level.Rank);
        }

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
            Date(writer, EligibleSince, since);
        }

        if (answer.ProjectedOn is { } on)
        {
            Date(writer, ProjectedOn, on);
        }

        if (answer.UnknownFacts != CandidateFacts.None)
        {
            writer.WriteStartArray(UnknownFacts);
            foreach (var (name, group) in NameTables.CandidateFacts)
            {
                if ((answer.UnknownFacts & group) != 0)
                {
                    writer.WriteStringValue(name);
                }
            }

            writer.WriteEndArray();
        }

        if (answer.NearestCondition is { } nearest)
        {
            writer.WriteNumber(NearestCondition, nearest);
        }

        if (answer.Missing is { } missing)
        {
            writer.WriteStartObject(Missing);
            writer.WriteString(Zh, missing.Chinese);
            writer.WriteString(En, missing.English);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter writer, JsonEncodedText name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }
}
