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

    [Fact]
    public void The_shipped_rules_satisfy_the_rules_schema()
        => Errors(Rules.Value, Standards.ReadEmbeddedRulesJson()).Should().BeEmpty();

    [Fact]
    public void Every_rule_document_the_library_writes_satisfies_the_rules_schema()
        => Generators.Rules.Sample(rules => Errors(Rules.Value, RuleDocument.ToJson(rules)).Count == 0, iter: Iterations.Of(200));

    [Fact]
    public void Every_profile_the_library_writes_satisfies_the_candidate_schema()
        => Generators.Candidate.Sample(candidate => Errors(Candidate.Value, CandidateDocument.ToJson(candidate)).Count == 0, iter: Iterations.Of(500));

    [Theory]
    [InlineData("""{ "work": [ { "occupationCode": "3-01-01-02" } ] }""")]
    [InlineData("""{ "education": { "level": "phd" } }""")]
    [InlineData("""{ "work": [ { "occupationCode": "3-01-01-02", "from": "1 May 2024" } ] }""")]
    [InlineData("""{ "salary": 3 }""")]
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
