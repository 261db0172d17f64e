using System.Text.Json.Nodes;
using CsCheck;
using LaborStandard.Eligibility;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Properties;

/// <summary>Every document the library writes reads back equal, for generated values.</summary>
public class RoundTripProperties
{
    private static readonly string ShippedJson = Standards.ReadEmbeddedJson();

    [Fact]
    public void Candidate_profiles_round_trip()
        => Generators.Candidate.Sample(
            candidate => CandidateDocument.Parse(CandidateDocument.ToJson(candidate)).Equals(candidate)
                         && CandidateDocument.Parse(CandidateDocument.ToJson(candidate, indented: false)).Equals(candidate),
            iter: Iterations.Of(1000));

    [Fact]
    public void Rule_documents_round_trip()
        => Generators.Rules.Sample(rules => RuleDocument.Parse(RuleDocument.ToJson(rules), Standards.Embedded).Equals(rules), iter: Iterations.Of(500));

    [Fact]
    public void Generated_rules_run_on_the_engine()
        => Gen.Select(Generators.Rules, Generators.Candidate, Generators.Date).Sample((rules, candidate, asOf) =>
        {
            var engine = new EligibilityEngine(Standards.Embedded, rules);
            return engine.Levels.All(level => engine.Evaluate(candidate, level, asOf).Verdict == engine.Check(candidate, level, asOf));
        }, iter: Iterations.Of(500));

    [Fact]
    public void Standards_edited_in_valid_ways_round_trip()
        => Gen.Select(Gen.Int[0, 6], Gen.Int[0, 3], Gen.Int[0, 15], Generators.Text, Gen.Int[1, 200]).Sample((table, level, content, text, hours) =>
        {
            var node = JsonNode.Parse(ShippedJson)!;
            var levels = node["workRequirements"]!["levels"]!.AsArray();
            var contents = levels[level % 2]!["functions"]!.AsArray().SelectMany(f => f!["workContents"]!.AsArray()).ToList();
            var skills = contents[content % contents.Count]!["skills"]!.AsArray();
            // A new text: a footnote anchored in the old text, or a correction of it, would no longer fit.
            var skill = skills[^1]!.AsObject();
            skill["text"] = new JsonObject { ["zh"] = text.Chinese, ["en"] = text.English };
            skill.Remove("footnote");
            skill.Remove("corrections");
            if (table % 2 == 0 && skills.Count > 1)
            {
                skills.RemoveAt(skills.Count - 1);
            }

            // Move a point of weight between two rows of one level: the column still sums to 100.
            var rows = node["weightTables"]![table % 2]!["rows"]!.AsArray();
            var from = rows[table % rows.Count]!["weights"]![level % 2]!;
            var to = rows[(table + 1) % rows.Count]!["weights"]![level % 2]!;
            if ((int)from["percent"]! > 0)
            {
                from["percent"] = (int)from["percent"]! - 1;
                to["percent"] = (int)to["percent"]! + 1;
            }

            node["overview"]!["levels"]![level % 2]!["trainingHours"] = hours;
            var edited = StandardDocument.Parse(node.ToJsonString());
            var written = StandardDocument.ToJson(edited);
            return StandardDocument.Parse(written).Equals(edited) && StandardDocument.ToJson(StandardDocument.Parse(written)) == written;
        }, iter: Iterations.Of(100));

    [Fact]
    public void Decisions_are_written_with_every_step_as_it_was_decided()
        => Gen.Select(Generators.Candidate, Generators.Date).Sample((candidate, asOf) =>
        {
            var report = Standards.EmbeddedEngine.EvaluateAll(candidate, asOf);
            var json = JsonNode.Parse(DecisionDocument.ToJson(report))!;
            var decisions = json["decisions"]!.AsArray();
            for (var i = 0; i < report.Decisions.Length; i++)
            {
                var decision = report.Decisions[i];
                var written = decisions[i]!;
                if ((int)written["level"]! != decision.Level.Rank
                    || (string?)written["eligibleSince"] != Date(decision.EligibleSince)
                    || (string?)written["projectedOn"] != Date(decision.ProjectedOn)
                    || !written["holdingConditions"]!.AsArray().Select(n => (int)n!).SequenceEqual(decision.HoldingConditions)
                    || !decision.HoldingConditions.All(n => decision.Alternatives[n - 1].Holds)
                    || !SameTree(decision.Result, written["result"]!))
                {
                    return false;
                }
            }

            return (string?)json["candidateId"] == candidate.Id && (int?)json["highestEligibleLevel"] == report.HighestEligibleLevel?.Rank;
        }, iter: Iterations.Of(500));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool SameTree(ConditionResult result, JsonNode written)
    {
        var children = written["children"]?.AsArray() ?? [];
        var evidence = written["evidence"]?.AsArray() ?? [];
        return (string?)written["item"] == result.Condition.Item
               && (string?)written["truth"] == result.Truth switch { Truth.True => "true", Truth.False => "false", _ => "unknown" }
               && (decimal?)written["shortfall"]?["actual"] == result.Shortfall?.Actual
               && (string?)written["holdsSince"] == Date(result.HoldsSince)
               && (string?)written["projectedOn"] == Date(result.ProjectedOn)
               && evidence.Count == result.Evidence.Length
               && evidence.Select(e => (bool)e!["counts"]!).SequenceEqual(result.Evidence.Select(e => e.Counts))
               && children.Count == result.Children.Length
               && result.Children.Zip(children).All(pair => SameTree(pair.First, pair.Second!));
    }
}
