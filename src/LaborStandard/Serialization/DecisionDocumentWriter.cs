using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Writes eligibility decisions straight to UTF-8: the one definition of the decision shape (schema
/// <c>decision.schema.json</c>), used by <see cref="DecisionDocument"/> and by the explained batch record. Decisions are
/// only written, and a batch writes millions of them, so no transfer object is built: property names are encoded once,
/// and what every decision repeats from the rules (a condition's type, clause, item and text in both languages) is
/// encoded once per condition and copied afterwards. The facts quoted as evidence keep the candidate document's shape
/// (<see cref="CandidateDocumentWriter"/>).
/// </summary>
internal static class DecisionDocumentWriter
{
    private static readonly JsonEncodedText CandidateIdName = JsonEncodedText.Encode("candidateId");
    private static readonly JsonEncodedText AsOfName = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText HighestEligibleLevelName = JsonEncodedText.Encode("highestEligibleLevel");
    private static readonly JsonEncodedText DecisionsName = JsonEncodedText.Encode("decisions");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText VerdictName = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText HoldingConditionsName = JsonEncodedText.Encode("holdingConditions");
    private static readonly JsonEncodedText EligibleSinceName = JsonEncodedText.Encode("eligibleSince");
    private static readonly JsonEncodedText ProjectedOnName = JsonEncodedText.Encode("projectedOn");
    private static readonly JsonEncodedText UnknownFactsName = JsonEncodedText.Encode("unknownFacts");
    private static readonly JsonEncodedText ClauseName = JsonEncodedText.Encode("clause");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText ResultName = JsonEncodedText.Encode("result");
    private static readonly JsonEncodedText ConditionName = JsonEncodedText.Encode("condition");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText ItemName = JsonEncodedText.Encode("item");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText TruthName = JsonEncodedText.Encode("truth");
    private static readonly JsonEncodedText HoldsSinceName = JsonEncodedText.Encode("holdsSince");
    private static readonly JsonEncodedText HoldsUntilName = JsonEncodedText.Encode("holdsUntil");
    private static readonly JsonEncodedText ShortfallName = JsonEncodedText.Encode("shortfall");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText RequiredName = JsonEncodedText.Encode("required");
    private static readonly JsonEncodedText ActualName = JsonEncodedText.Encode("actual");
    private static readonly JsonEncodedText MissingName = JsonEncodedText.Encode("missing");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText ChildrenName = JsonEncodedText.Encode("children");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText CountsName = JsonEncodedText.Encode("counts");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText RunName = JsonEncodedText.Encode("run");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText ContinuesAfterName = JsonEncodedText.Encode("continuesAfter");
    private static readonly JsonEncodedText DaysName = JsonEncodedText.Encode("days");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText PeriodsName = JsonEncodedText.Encode("periods");
    private static readonly JsonEncodedText CertificateName = JsonEncodedText.Encode("certificate");
    private static readonly JsonEncodedText TrainingName = JsonEncodedText.Encode("training");
    private static readonly JsonEncodedText EducationName = JsonEncodedText.Encode("education");
    private static readonly JsonEncodedText SchoolName = JsonEncodedText.Encode("school");

    // What a decision repeats from its rules, encoded once per condition; the table lets go of a condition with its rules.
    private static readonly ConditionalWeakTable<Condition, EncodedCondition> Conditions = new();

    /// <summary>Writes the decisions of every level for one candidate.</summary>
    public static void Write(Utf8JsonWriter writer, EligibilityReport report)
    {
        writer.WriteStartObject();
        if (report.CandidateId is { } id)
        {
            writer.WriteString(CandidateIdName, id);
        }

        JsonOutput.WriteDate(writer, AsOfName, report.AsOf);
        if (report.HighestEligibleLevel is { } highest)
        {
            writer.WriteNumber(HighestEligibleLevelName, highest.Rank);
        }
        else
        {
            writer.WriteNull(HighestEligibleLevelName);
        }

        Decisions(writer, report, only: null);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>decisions</c> member: every level's decision, or only <paramref name="only"/>'s.</summary>
    public static void Decisions(Utf8JsonWriter writer, EligibilityReport report, SkillLevel? only)
    {
        writer.WriteStartArray(DecisionsName);
        foreach (var decision in report.Decisions)
        {
            if (only is null || decision.Level == only)
            {
                Write(writer, decision, withCandidate: false);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one decision; <paramref name="withCandidate"/> names its candidate (a decision on its own does, one inside a report does not).</summary>
    public static void Write(Utf8JsonWriter writer, EligibilityDecision decision, bool withCandidate = true)
    {
        writer.WriteStartObject();
        if (withCandidate && decision.CandidateId is { } id)
        {
            writer.WriteString(CandidateIdName, id);
        }

        writer.WriteNumber(LevelName, decision.Level.Rank);
        JsonOutput.WriteDate(writer, AsOfName, decision.AsOf);
        writer.WriteString(VerdictName, NameTables.NameOf(NameTables.Verdicts, decision.Verdict));
        writer.WriteStartArray(HoldingConditionsName);
        foreach (var number in decision.HoldingConditions)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
        JsonOutput.WriteDate(writer, EligibleSinceName, decision.EligibleSince);
        JsonOutput.WriteDate(writer, ProjectedOnName, decision.ProjectedOn);
        Facts(writer, decision.UnknownFacts);
        writer.WriteString(ClauseName, decision.Clause);
        JsonOutput.WriteText(writer, SummaryName, decision.Summary);
        writer.WritePropertyName(ResultName);
        Result(writer, decision.Result, Number(decision.Result, decision.Alternatives), decision.Alternatives);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>unknownFacts</c>: the names of groups of facts, as the candidate document names them; nothing for none.</summary>
    public static void Facts(Utf8JsonWriter writer, CandidateFacts facts)
    {
        if (facts == CandidateFacts.None)
        {
            return;
        }

        writer.WriteStartArray(UnknownFactsName);
        foreach (var (name, group) in NameTables.CandidateFacts)
        {
            if ((facts & group) != 0)
            {
                writer.WriteStringValue(name);
            }
        }

        writer.WriteEndArray();
    }

    private static void Result(Utf8JsonWriter writer, ConditionResult result, int? number, ImmutableArray<ConditionResult> alternatives)
    {
        writer.WriteStartObject();

        // The alternatives of the level carry their number; every result below them belongs to theirs.
        if (number is { } n)
        {
            writer.WriteNumber(ConditionName, n);
        }

        Condition(writer, result.Condition);
        writer.WriteString(TruthName, NameTables.NameOf(NameTables.Truths, result.Truth));
        JsonOutput.WriteDate(writer, HoldsSinceName, result.HoldsSince);
        JsonOutput.WriteDate(writer, ProjectedOnName, result.ProjectedOn);
        JsonOutput.WriteDate(writer, HoldsUntilName, result.HoldsUntil);
        Facts(writer, result.UnknownFacts);
        if (result.Shortfall is { } shortfall)
        {
            writer.WriteStartObject(ShortfallName);
            writer.WriteString(UnitName, NameTables.NameOf(NameTables.ShortfallUnits, shortfall.Unit));
            writer.WriteNumber(RequiredName, shortfall.Required);
            writer.WriteNumber(ActualName, shortfall.Actual);
            writer.WriteNumber(MissingName, shortfall.Missing);
            JsonOutput.WriteText(writer, MessageName, shortfall.Message);
            writer.WriteEndObject();
        }

        if (!result.Evidence.IsEmpty)
        {
            writer.WriteStartArray(EvidenceName);
            foreach (var evidence in result.Evidence)
            {
                Evidence(writer, evidence);
            }

            writer.WriteEndArray();
        }

        if (!result.Children.IsEmpty)
        {
            writer.WriteStartArray(ChildrenName);
            foreach (var child in result.Children)
            {
                Result(writer, child, Number(child, alternatives), []);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Condition(Utf8JsonWriter writer, Condition condition)
    {
        // The copies are encoded as the library's writers encode (Chinese as is); a writer of the caller's with other
        // options gets the texts encoded its own way.
        if (writer.Options.Encoder != JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
        {
            writer.WriteString(TypeName, NameTables.NameOf(NameTables.ConditionKinds, condition.Kind));
            writer.WriteString(ClauseName, condition.Clause);
            writer.WriteString(ItemName, condition.Item);
            JsonOutput.WriteText(writer, TextName, condition.Text);
            return;
        }

        var encoded = Conditions.GetValue(condition, EncodedCondition.Create);
        writer.WriteString(TypeName, encoded.Type);
        writer.WriteString(ClauseName, encoded.Clause);
        writer.WriteString(ItemName, encoded.Item);
        writer.WriteStartObject(TextName);
        writer.WriteString(JsonOutput.Zh, encoded.Chinese);
        writer.WriteString(JsonOutput.En, encoded.English);
        writer.WriteEndObject();
    }

    private static int? Number(ConditionResult child, ImmutableArray<ConditionResult> alternatives)
    {
        var index = alternatives.IndexOf(child);
        return index < 0 ? null : index + 1;
    }

    private static void Evidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, NameTables.NameOf(NameTables.EvidenceKinds, evidence.Kind));
        writer.WriteBoolean(CountsName, evidence.Counts);
        JsonOutput.WriteText(writer, DescriptionName, evidence.Description);
        if (evidence.Run is { } run)
        {
            writer.WriteStartObject(RunName);
            JsonOutput.WriteDate(writer, StartName, run.Start);
            JsonOutput.WriteDate(writer, EndName, run.End);
            writer.WriteBoolean(ContinuesAfterName, run.ContinuesAfter);
            writer.WriteNumber(DaysName, run.Length.TotalDays);
            Length(writer, run.Length);
            writer.WriteStartArray(PeriodsName);
            foreach (var period in run.Periods)
            {
                CandidateDocumentWriter.Write(writer, period);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        Quoted(writer, CertificateName, evidence.Certificate, CandidateDocumentWriter.Write);
        Quoted(writer, TrainingName, evidence.Training, CandidateDocumentWriter.Write);
        Quoted(writer, EducationName, evidence.Education, CandidateDocumentWriter.Write);
        Quoted(writer, SchoolName, evidence.School, CandidateDocumentWriter.Write);
        writer.WriteEndObject();
    }

    /// <summary>Writes a run's length in words in both languages, formatted on the stack.</summary>
    private static void Length(Utf8JsonWriter writer, ServiceTime length)
    {
        Span<char> text = stackalloc char[ServiceTime.MaxTextLength];
        writer.WriteStartObject(LengthName);
        writer.WriteString(JsonOutput.Zh, text[..length.Format(text, english: false)]);
        writer.WriteString(JsonOutput.En, text[..length.Format(text, english: true)]);
        writer.WriteEndObject();
    }

    /// <summary>Writes a fact quoted as evidence, in the candidate document's shape, under its name; nothing when there is none.</summary>
    private static void Quoted<T>(Utf8JsonWriter writer, JsonEncodedText name, T? fact, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (fact is not null)
        {
            writer.WritePropertyName(name);
            write(writer, fact);
        }
    }

    /// <summary>A condition's own texts, encoded for the library's writers (Chinese as is).</summary>
    private sealed class EncodedCondition
    {
        private EncodedCondition(Condition condition)
        {
            var encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            Type = JsonEncodedText.Encode(NameTables.NameOf(NameTables.ConditionKinds, condition.Kind), encoder);
            Clause = JsonEncodedText.Encode(condition.Clause, encoder);
            Item = JsonEncodedText.Encode(condition.Item, encoder);
            Chinese = JsonEncodedText.Encode(condition.Text.Chinese, encoder);
            English = JsonEncodedText.Encode(condition.Text.English, encoder);
        }

        public JsonEncodedText Type { get; }

        public JsonEncodedText Clause { get; }

        public JsonEncodedText Item { get; }

        public JsonEncodedText Chinese { get; }

        public JsonEncodedText English { get; }

        public static EncodedCondition Create(Condition condition) => new(condition);
    }
}
