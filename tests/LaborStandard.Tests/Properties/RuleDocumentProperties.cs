using System.Text.Json.Nodes;
using CsCheck;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Properties;

/// <summary>
/// A rules document cannot hurt the engine (issue 16, item 3): documents generated from the whole predicate language and
/// then damaged (numbers pushed to and past their bounds, trees wrapped deeper than allowed, levels widened past the
/// size bound, texts made too long) are either refused with errors naming a JSON path and a rule, or accepted and then
/// decided for any candidate on any day of the calendar, under any gap option, without an exception.
/// </summary>
public class RuleDocumentProperties
{
    // Values that sit on, just inside and past every bound, and the extremes of the JSON number type.
    private static readonly JsonNode[] Numbers =
    [
        JsonValue.Create(int.MinValue), JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1), JsonValue.Create(50),
        JsonValue.Create(51), JsonValue.Create(366), JsonValue.Create(10_000), JsonValue.Create(10_001), JsonValue.Create(int.MaxValue),
        JsonValue.Create(1e30), JsonValue.Create(1.5), JsonValue.Create(99999999999999999999m),
    ];

    private static readonly DateOnly Last = DateOnly.MaxValue;

    private static readonly Gen<DateOnly> AnyDay = Gen.Frequency(
        (4, Generators.Date),
        (1, Gen.Const(DateOnly.MinValue)),
        (1, Gen.Const(Last)),
        (1, Gen.Int[0, 800].Select(d => Last.AddDays(-d))),
        (1, Gen.Int[0, 800].Select(d => DateOnly.MinValue.AddDays(d))));

    private static readonly Gen<CandidateProfile> Candidate = Gen.Select(
        Generators.Candidate,
        Gen.Select(Generators.Occupation, AnyDay, Gen.Int[0, 800], Gen.Bool, (o, from, days, ongoing) =>
            new WorkPeriod(o, from, ongoing || from.DayNumber + days > Last.DayNumber ? null : from.AddDays(days))).Array[0, 3],
        Gen.Select(Generators.Occupation, Generators.Level, Gen.Enum<CertificateKind>(), AnyDay, (o, l, k, d) => new Certificate(o, l, k, d)).Array[0, 2],
        (candidate, work, certificates) => new CandidateProfile(
            candidate.Education,
            candidate.Schooling,
            candidate.Certificates.AddRange(certificates),
            candidate.Trainings,
            candidate.WorkHistory.AddRange(work),
            candidate.UnknownFacts,
            candidate.Id));

    private static readonly Gen<EligibilityOptions> Options = Gen.Select(Gen.Int[0, EligibilityOptions.MaxGapToleranceDays], Gen.Bool, Gen.Bool, (gap, counted, related) =>
        new EligibilityOptions(related ? ["4-07-01-00"] : null, gap, counted && gap > 0));

    // A generated document and how to damage it: which numbers, how much deeper, how much wider, a text too long.
    private static readonly Gen<string> Documents = Gen.Select(
        Generators.Rules,
        Gen.Frequency((1, Gen.Const(Array.Empty<int>())), (1, Gen.Int[0, Numbers.Length - 1].Array[1, 3])),
        Gen.Frequency((3, Gen.Int[0, 4]), (1, Gen.Int[5, 12])),
        Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[2, 300])),
        Gen.Int[0, 9],
        (rules, numbers, deeper, wider, textual) => Damage(RuleDocument.ToJson(rules), numbers, deeper, wider, textual));

    [Fact]
    public void A_document_is_refused_with_paths_or_decided_without_an_exception()
        => Gen.Select(Documents, Candidate, AnyDay, Options).Sample((json, candidate, asOf, options) =>
        {
            var read = RuleDocument.Read(json, Standards.Embedded);
            if (!read.IsValid)
            {
                return !read.Errors.IsEmpty && read.Errors.All(e => e.Path.StartsWith('$') && e.Rule.Length > 0 && e.Message.Chinese.Length > 0);
            }

            var engine = new EligibilityEngine(Standards.Embedded, read.Value!, options);
            var all = engine.CheckAll(candidate, asOf);
            var explained = engine.EvaluateAll(candidate, asOf);
            var screened = engine.Screen(candidate, asOf);
            return engine.Levels.All(level => explained.For(level).Verdict == all[level]
                                              && screened.For(level).Verdict == all[level]
                                              && explained.For(level).Explain().Length > 0);
        }, iter: Iterations.Of(1500), print: t => $"{t.Item1}\n{t.Item2} as of {t.Item3:yyyy-MM-dd} with {t.Item4}");

    [Fact]
    public void Damage_is_refused_often_enough_for_the_property_to_mean_something()
    {
        var refused = 0;
        var accepted = 0;
        Documents.Sample(json =>
        {
            _ = RuleDocument.Read(json, Standards.Embedded).IsValid ? accepted++ : refused++;
        }, iter: 400, threads: 1);

        refused.Should().BeGreaterThan(40);
        accepted.Should().BeGreaterThan(40);
    }

    private static string Damage(string json, int[] numbers, int deeper, int wider, int textual)
    {
        var root = JsonNode.Parse(json)!;
        var values = Walk(root).Where(n => n is JsonValue v && v.TryGetValue<int>(out _)).ToList();
        for (var i = 0; i < numbers.Length && values.Count > 0; i++)
        {
            Replace(values[(numbers[i] * 7919 + i) % values.Count], Numbers[numbers[i]].DeepClone());
        }

        var level = root["levels"]!.AsArray()[0]!;
        for (var i = 0; i < deeper; i++)
        {
            var inner = level["condition"]!;
            level.AsObject().Remove("condition");
            level["condition"] = new JsonObject
            {
                ["type"] = i % 2 == 0 ? "allOf" : "anyOf",
                ["clause"] = "1.9.1",
                ["item"] = "项",
                ["text"] = new JsonObject { ["zh"] = "条件", ["en"] = "condition" },
                ["conditions"] = new JsonArray(inner),
            };
        }

        if (wider > 0 && level["condition"]!["conditions"] is JsonArray children && children.Count > 0)
        {
            for (var i = 0; i < wider; i++)
            {
                children.Add(children[i % children.Count]!.DeepClone());
            }
        }

        if (textual == 0)
        {
            level["condition"]!["text"]!["zh"] = new string('长', 2_001);
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var member in o.ToList())
                {
                    foreach (var inner in Walk(member.Value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.ToList())
                {
                    foreach (var inner in Walk(item))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValue v:
                yield return v;
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode value)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[node.GetPropertyName()] = value;
                break;
            case JsonArray a:
                a[node.GetElementIndex()] = value;
                break;
        }
    }
}
