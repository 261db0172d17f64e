using System.Text.Json;
using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Writes the answers of the assessment rules straight to UTF-8 (see <see cref="AssessmentDocument"/>): the one
/// definition of the shapes of a score, a staffing answer and an exam blueprint. Enumerations are named from
/// <see cref="NameTables"/>; texts are written in both languages.
/// </summary>
internal static class AssessmentDocumentWriter
{
    private static readonly JsonEncodedText PassedName = JsonEncodedText.Encode("passed");
    private static readonly JsonEncodedText ClauseName = JsonEncodedText.Encode("clause");
    private static readonly JsonEncodedText PartsName = JsonEncodedText.Encode("parts");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText ScoreName = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText FullMarksName = JsonEncodedText.Encode("fullMarks");
    private static readonly JsonEncodedText PassMarkName = JsonEncodedText.Encode("passMark");
    private static readonly JsonEncodedText RequirementsName = JsonEncodedText.Encode("requirements");
    private static readonly JsonEncodedText SessionsName = JsonEncodedText.Encode("sessions");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText ScopeName = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText CandidatesName = JsonEncodedText.Encode("candidates");
    private static readonly JsonEncodedText ByRatioName = JsonEncodedText.Encode("byRatio");
    private static readonly JsonEncodedText MinimumStaffName = JsonEncodedText.Encode("minimumStaff");
    private static readonly JsonEncodedText OddCountName = JsonEncodedText.Encode("oddCount");
    private static readonly JsonEncodedText RequiredName = JsonEncodedText.Encode("required");
    private static readonly JsonEncodedText ExplanationName = JsonEncodedText.Encode("explanation");
    private static readonly JsonEncodedText StaffName = JsonEncodedText.Encode("staff");
    private static readonly JsonEncodedText RoomsName = JsonEncodedText.Encode("rooms");
    private static readonly JsonEncodedText CapacityName = JsonEncodedText.Encode("capacity");
    private static readonly JsonEncodedText ViolationsName = JsonEncodedText.Encode("violations");
    private static readonly JsonEncodedText SubjectName = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText ActualName = JsonEncodedText.Encode("actual");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText CountName = JsonEncodedText.Encode("count");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText MaxDeviationName = JsonEncodedText.Encode("maxDeviation");
    private static readonly JsonEncodedText RowsName = JsonEncodedText.Encode("rows");
    private static readonly JsonEncodedText GroupName = JsonEncodedText.Encode("group");
    private static readonly JsonEncodedText ItemName = JsonEncodedText.Encode("item");
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText PercentName = JsonEncodedText.Encode("percent");
    private static readonly JsonEncodedText ExactShareName = JsonEncodedText.Encode("exactShare");
    private static readonly JsonEncodedText DeviationName = JsonEncodedText.Encode("deviation");
    private static readonly JsonEncodedText ItemsName = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");

    /// <summary>Writes a score: whether it passes, by which clause, each part, and a summary.</summary>
    public static void Write(Utf8JsonWriter writer, bool passed, IEnumerable<PartResult> parts, LocalizedText summary)
    {
        writer.WriteStartObject();
        writer.WriteBoolean(PassedName, passed);
        writer.WriteString(ClauseName, AssessmentClauses.Scoring);
        writer.WriteStartArray(PartsName);
        foreach (var part in parts)
        {
            writer.WriteStartObject();
            writer.WriteString(KindName, NameTables.NameOf(NameTables.AssessmentKinds, part.Kind));
            writer.WriteNumber(ScoreName, part.Score);
            writer.WriteNumber(FullMarksName, part.FullMarks);
            writer.WriteNumber(PassMarkName, part.PassMark);
            writer.WriteBoolean(PassedName, part.Passed);
            writer.WriteString(ClauseName, part.Clause);
            JsonOutput.WriteText(writer, SummaryName, part.Summary);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        JsonOutput.WriteText(writer, SummaryName, summary);
        writer.WriteEndObject();
    }

    /// <summary>Writes the staff that numbers of candidates need: <c>passed</c> (always true: nothing is checked) and <c>requirements</c>.</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<StaffRequirement> requirements)
    {
        writer.WriteStartObject();
        writer.WriteBoolean(PassedName, true);
        writer.WriteStartArray(RequirementsName);
        foreach (var need in requirements)
        {
            Need(writer, need);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes checked session plans: <c>passed</c> when every one passes, and each in <c>sessions</c>.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyCollection<StaffingReport> reports)
    {
        writer.WriteStartObject();
        writer.WriteBoolean(PassedName, reports.All(r => r.Passed));
        writer.WriteStartArray(SessionsName);
        foreach (var report in reports)
        {
            writer.WriteStartObject();
            writer.WriteString(KindName, NameTables.NameOf(NameTables.AssessmentKinds, report.Plan.Kind));
            writer.WriteNumber(CandidatesName, report.Plan.Candidates);
            writer.WriteNumber(StaffName, report.Plan.Staff);
            writer.WriteStartArray(RoomsName);
            foreach (var room in report.Plan.Rooms)
            {
                writer.WriteStartObject();
                writer.WriteNumber(CandidatesName, room.Candidates);
                writer.WriteNumber(StaffName, room.Staff);
                if (room.Capacity is { } capacity)
                {
                    writer.WriteNumber(CapacityName, capacity);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray(RequirementsName);
            foreach (var need in report.Requirements)
            {
                Need(writer, need);
            }

            writer.WriteEndArray();
            writer.WriteBoolean(PassedName, report.Passed);
            writer.WriteStartArray(ViolationsName);
            foreach (var violation in report.Violations)
            {
                writer.WriteStartObject();
                writer.WriteString(KindName, NameTables.NameOf(NameTables.ViolationKinds, violation.Kind));
                writer.WriteString(ClauseName, violation.Clause);
                writer.WriteString(SubjectName, violation.Subject);
                writer.WriteNumber(ActualName, violation.Actual);
                writer.WriteNumber(RequiredName, violation.Required);
                JsonOutput.WriteText(writer, MessageName, violation.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes an exam blueprint: its rows with their parts, and, when asked, each part's items and the paper's.</summary>
    public static void Write(Utf8JsonWriter writer, Blueprint blueprint, bool withItems)
    {
        writer.WriteStartObject();
        writer.WriteNumber(LevelName, blueprint.Level.Rank);
        writer.WriteString(KindName, NameTables.NameOf(NameTables.AssessmentKinds, blueprint.Kind));
        writer.WriteNumber(CountName, blueprint.Count);
        writer.WriteString(ClauseName, blueprint.Clause);
        JsonOutput.WriteText(writer, TitleName, blueprint.Title);
        writer.WriteNumber(MaxDeviationName, blueprint.MaxDeviation);
        writer.WriteStartArray(RowsName);
        foreach (var row in blueprint.Rows)
        {
            writer.WriteStartObject();
            JsonOutput.WriteText(writer, GroupName, row.Row.Group);
            JsonOutput.WriteText(writer, ItemName, row.Row.Item);
            writer.WriteString(TargetName, row.Row.Target.Code);
            writer.WriteNumber(PercentName, row.Percent);
            writer.WriteNumber(ExactShareName, row.ExactShare);
            writer.WriteNumber(CountName, row.Count);
            writer.WriteNumber(DeviationName, row.Deviation);
            writer.WriteStartArray(PartsName);
            foreach (var part in row.Parts)
            {
                writer.WriteStartObject();
                writer.WriteString(ClauseName, part.Clause);
                Level(writer, part.Level);
                JsonOutput.WriteText(writer, TitleName, part.Title);
                writer.WriteNumber(CountName, part.Count);
                if (withItems)
                {
                    Items(writer, part.Items);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (withItems)
        {
            Items(writer, blueprint.Items);
        }

        writer.WriteEndObject();
    }

    private static void Need(Utf8JsonWriter writer, StaffRequirement need)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, NameTables.NameOf(NameTables.AssessmentKinds, need.Kind));
        writer.WriteString(RoleName, NameTables.NameOf(NameTables.StaffRoles, need.Role));
        writer.WriteString(ScopeName, NameTables.NameOf(NameTables.StaffingScopes, need.Rule.Scope));
        writer.WriteNumber(CandidatesName, need.Candidates);
        writer.WriteNumber(ByRatioName, need.ByRatio);
        writer.WriteNumber(MinimumStaffName, need.Rule.MinimumStaff);
        writer.WriteBoolean(OddCountName, need.Rule.RequiresOddCount);
        writer.WriteNumber(RequiredName, need.Required);
        writer.WriteString(ClauseName, need.Clause);
        JsonOutput.WriteText(writer, ExplanationName, need.Explanation);
        writer.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter writer, IEnumerable<BlueprintItem> items)
    {
        writer.WriteStartArray(ItemsName);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString(ClauseName, item.Clause);
            Level(writer, item.Level);
            JsonOutput.WriteText(writer, TextName, item.Text);
            writer.WriteNumber(CountName, item.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Level(Utf8JsonWriter writer, SkillLevel? level)
    {
        if (level is { } value)
        {
            writer.WriteNumber(LevelName, value.Rank);
        }
    }
}
