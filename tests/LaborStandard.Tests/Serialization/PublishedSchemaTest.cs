using System.Text.Json;
using CsCheck;
using Json.Schema;
using LaborStandard.Serialization;
using LaborStandard.Tests.Properties;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Serialization;

/// <summary>What the library writes satisfies the JSON Schemas published in docs/schema, and the schemas reject what is broken.</summary>
public class PublishedSchemaTest
{
    // The schema library keeps a global registry keyed by $id: load each schema once.
    private static readonly Lazy<JsonSchema> Rules = new(() => Load("rules.schema.json"));
    private static readonly Lazy<JsonSchema> Candidate = new(() => Load("candidate.schema.json"));
    private static readonly Lazy<JsonSchema> Decision = new(() =>
    {
        _ = Candidate.Value; // the decision schema refers to the candidate's shapes
        return Load("decision.schema.json");
    });

    private static readonly Lazy<JsonSchema> Error = new(() => Load("error.schema.json"));
    private static readonly Lazy<JsonSchema> BatchRecord = new(() =>
    {
        _ = Decision.Value; // a record's decisions and errors are the decision's and the error's shapes
        _ = Error.Value;
        return Load("batch-record.schema.json");
    });

    private static readonly DateOnly AsOf = new(2026, 11, 29);

    [Fact]
    public void The_shipped_rules_satisfy_the_rules_schema()
        => Errors(Rules.Value, Standards.ReadEmbeddedRulesJson()).Should().BeEmpty();

    [Fact]
    public void Every_rule_document_the_library_writes_satisfies_the_rules_schema()
        => Generators.Rules.Sample(rules => Errors(Rules.Value, RuleDocument.ToJson(rules)).Count == 0, iter: Iterations.Of(200));

    [Fact]
    public void Every_profile_the_library_writes_satisfies_the_candidate_schema()
        => Generators.Candidate.Sample(candidate => Errors(Candidate.Value, CandidateDocument.ToJson(candidate)).Count == 0, iter: Iterations.Of(500));

    [Fact]
    public void Every_decision_the_library_writes_satisfies_the_decision_schema()
        => Generators.Candidate.Sample(
            candidate =>
            {
                var report = Standards.EmbeddedEngine.EvaluateAll(candidate, AsOf);
                return Errors(Decision.Value, DecisionDocument.ToJson(report)).Count == 0 && Errors(Decision.Value, DecisionDocument.ToJson(report.Decisions[^1])).Count == 0;
            },
            iter: Iterations.Of(200));

    [Fact]
    public void The_reviewed_decisions_satisfy_the_decision_schema()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "LaborStandard.Tests", "Eligibility", "Decisions"), "*.decision.json");

        // Each file holds the reports of one sample candidate, keyed by the as-of date.
        var reports = files.SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateObject().Select(p => (File: $"{Path.GetFileName(f)} {p.Name}", Json: p.Value.GetRawText()))).ToList();

        reports.Should().HaveCountGreaterThan(files.Length);
        reports.Select(r => (r.File, Errors: Errors(Decision.Value, r.Json))).Where(r => r.Errors.Count > 0).Should().BeEmpty();
    }

    [Fact]
    public void Every_batch_record_satisfies_the_batch_record_schema_whether_explained_short_or_unreadable()
    {
        var records = CandidateDocument.ReadLines(File.OpenRead(Path.Combine(Repository.Root, "samples", "batch.jsonl"))).ToList();

        foreach (var record in records)
        {
            var lines = record.IsValid
                ? new[] { BatchRecordDocument.ToJson(record, Standards.EmbeddedEngine.EvaluateAll(record.Candidate, AsOf)), BatchRecordDocument.ToJson(record, Standards.EmbeddedEngine.Screen(record.Candidate, AsOf)), BatchRecordDocument.ToJson(record, Standards.EmbeddedEngine.Screen(record.Candidate, AsOf), LaborStandard.Model.SkillLevel.Level3) }
                : [BatchRecordDocument.ToJson(record, (LaborStandard.Eligibility.EligibilityReport?)null)];
            lines.Should().OnlyContain(line => Errors(BatchRecord.Value, line).Count == 0, record.ToString());
        }

        records.Should().Contain(r => !r.IsValid, "the sample holds a bad record on purpose");
    }

    [Fact]
    public void Every_error_report_of_unread_records_satisfies_the_error_schema_and_the_schema_rejects_a_one_language_message()
    {
        var errors = CandidateDocument.ReadLines(File.OpenRead(Path.Combine(Repository.Root, "samples", "batch.jsonl"))).Where(r => !r.IsValid).SelectMany(r => r.Errors).ToList();
        var report = ErrorDocument.ToJson(new ErrorReport("invalid-document", 2, "samples/batch.jsonl", errors));

        errors.Should().NotBeEmpty();
        Errors(Error.Value, report).Should().BeEmpty();
        Errors(Error.Value, """{ "error": { "code": "usage", "exitCode": 2, "message": "m", "errors": [ { "path": "$", "rule": "r", "message": "m" } ] } }""").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("""{ "line": 3, "errors": [ { "path": "$", "rule": "x", "message": "wrong" } ] }""")]
    [InlineData("""{ "line": 3, "errors": [ { "path": "$", "rule": "x", "message": { "zh": "错", "en": "wrong" } } ], "decisions": [] }""")]
    [InlineData("""{ "candidateId": "A", "levels": [], "asOf": "2026-11-29" }""")]
    [InlineData("""{ "line": 3, "asOf": "2026-11-29", "levels": [ { "level": 4, "verdict": "maybe", "holdingConditions": [] } ] }""")]
    public void The_batch_record_schema_rejects_a_record_without_its_line_or_with_two_answers(string json)
        => Errors(BatchRecord.Value, json).Should().NotBeEmpty();

    [Theory]
    [InlineData("""{ "work": [ { "occupationCode": "3-01-01-02" } ] }""")]
    [InlineData("""{ "education": { "level": "phd" } }""")]
    [InlineData("""{ "work": [ { "occupationCode": "3-01-01-02", "from": "1 May 2024" } ] }""")]
    [InlineData("""{ "salary": 3 }""")]
    [InlineData("""{ "relatedOccupations": [ "social work" ] }""")]
    public void The_candidate_schema_rejects_a_broken_profile(string json)
        => Errors(Candidate.Value, json).Should().NotBeEmpty();

    [Fact]
    public void The_rules_schema_rejects_an_unknown_predicate_and_a_member_the_predicate_does_not_use()
    {
        var unknown = Support.JsonEdit.Set(Standards.ReadEmbeddedRulesJson(), "$.levels[0].condition.conditions[1].type", "script");
        var stray = Support.JsonEdit.Set(Standards.ReadEmbeddedRulesJson(), "$.levels[0].condition.conditions[0].years", 2);

        Errors(Rules.Value, unknown).Should().NotBeEmpty();
        Errors(Rules.Value, stray).Should().NotBeEmpty();
    }

    private static JsonSchema Load(string name) => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", name));

    private static List<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")), "invalid"];
    }
}
