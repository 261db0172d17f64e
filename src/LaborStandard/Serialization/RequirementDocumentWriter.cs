using System.Text.Json;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Writes work requirements as they stand on their own (see <see cref="RequirementDocument"/>): the one definition of that
/// shape, straight to UTF-8. A requirement carries its level, kind, codes and clause, then what the standard document
/// gives it (text, corrections, footnote: the corrections and the footnote in the standard document's own shape).
/// </summary>
internal static class RequirementDocumentWriter
{
    private static readonly JsonEncodedText OccupationCodeName = JsonEncodedText.Encode("occupationCode");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText CumulativeName = JsonEncodedText.Encode("cumulative");
    private static readonly JsonEncodedText TablesName = JsonEncodedText.Encode("tables");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText SectionName = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText HeadingName = JsonEncodedText.Encode("heading");
    private static readonly JsonEncodedText FunctionsName = JsonEncodedText.Encode("functions");
    private static readonly JsonEncodedText WorkContentsName = JsonEncodedText.Encode("workContents");
    private static readonly JsonEncodedText SkillsName = JsonEncodedText.Encode("skills");
    private static readonly JsonEncodedText KnowledgeName = JsonEncodedText.Encode("knowledge");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText PrintedCodeName = JsonEncodedText.Encode("printedCode");
    private static readonly JsonEncodedText ClauseName = JsonEncodedText.Encode("clause");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText CorrectedTextName = JsonEncodedText.Encode("correctedText");
    private static readonly JsonEncodedText CorrectionsName = JsonEncodedText.Encode("corrections");
    private static readonly JsonEncodedText FootnoteName = JsonEncodedText.Encode("footnote");

    /// <summary>Writes the work requirements of one level, or of a level and those below it, with the edition they come from.</summary>
    public static void Write(Utf8JsonWriter writer, OccupationalStandard standard, SkillLevel level, bool cumulative)
    {
        var work = standard.WorkRequirements;
        writer.WriteStartObject();
        writer.WriteString(OccupationCodeName, standard.Edition.OccupationCode);
        writer.WriteString(VersionName, standard.Edition.Version);
        JsonOutput.WriteText(writer, TitleName, standard.Edition.Title);
        writer.WriteNumber(LevelName, level.Rank);
        writer.WriteBoolean(CumulativeName, cumulative);
        writer.WriteStartArray(TablesName);
        foreach (var table in cumulative ? work.Cumulative(level) : [work.ForLevel(level)!])
        {
            Write(writer, table);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a level's table: its functions, their work contents and their skills and knowledge.</summary>
    public static void Write(Utf8JsonWriter writer, LevelRequirements table)
    {
        writer.WriteStartObject();
        writer.WriteNumber(LevelName, table.Level.Rank);
        JsonOutput.WriteText(writer, NameName, table.Level.Name);
        writer.WriteString(SectionName, table.Section);
        JsonOutput.WriteText(writer, HeadingName, table.Heading);
        writer.WriteStartArray(FunctionsName);
        foreach (var function in table.Functions)
        {
            Start(writer, function.Code, function.Clause, function.Name);
            writer.WriteStartArray(WorkContentsName);
            foreach (var content in function.WorkContents)
            {
                Start(writer, content.Code, content.Clause, content.Name);
                Requirements(writer, SkillsName, content.Skills);
                Requirements(writer, KnowledgeName, content.Knowledge);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one requirement on its own.</summary>
    public static void Write(Utf8JsonWriter writer, Requirement requirement)
    {
        writer.WriteStartObject();
        writer.WriteNumber(LevelName, requirement.Level.Rank);
        writer.WriteString(KindName, NameTables.NameOf(NameTables.RequirementKinds, requirement.Kind));
        writer.WriteString(CodeName, requirement.Code);
        writer.WriteString(PrintedCodeName, requirement.PrintedCode);
        writer.WriteString(ClauseName, requirement.Clause);
        JsonOutput.WriteText(writer, TextName, requirement.Text);
        if (requirement.CorrectedText != requirement.Text.Chinese)
        {
            writer.WriteString(CorrectedTextName, requirement.CorrectedText);
        }

        if (StandardDocumentWriter.Corrections(requirement.Corrections) is { } corrections)
        {
            writer.WritePropertyName(CorrectionsName);
            JsonSerializer.Serialize(writer, corrections, DocumentJsonContext.Default.ListCorrectionDto);
        }

        if (requirement.Footnote is { } footnote)
        {
            writer.WritePropertyName(FootnoteName);
            JsonSerializer.Serialize(writer, StandardDocumentWriter.Footnote(footnote), DocumentJsonContext.Default.FootnoteDto);
        }

        writer.WriteEndObject();
    }

    // A function or a work content opens with its code, clause and name.
    private static void Start(Utf8JsonWriter writer, string code, string clause, LocalizedText name)
    {
        writer.WriteStartObject();
        writer.WriteString(CodeName, code);
        writer.WriteString(ClauseName, clause);
        JsonOutput.WriteText(writer, NameName, name);
    }

    private static void Requirements(Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<Requirement> requirements)
    {
        writer.WriteStartArray(name);
        foreach (var requirement in requirements)
        {
            Write(writer, requirement);
        }

        writer.WriteEndArray();
    }
}
