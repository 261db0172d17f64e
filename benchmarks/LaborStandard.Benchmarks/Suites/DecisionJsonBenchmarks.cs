using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LaborStandard.Testing.Candidates;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// Decisions and profiles as JSON. The library writes decisions (it has no reader for them: a decision is an output), so
/// the decision's round trip is the write followed by a parse of the JSON, as a receiving system would read it; the
/// profile's round trip is write and read back through <see cref="CandidateDocument"/>.
/// </summary>
[MemoryDiagnoser]
public class DecisionJsonBenchmarks
{
    private EligibilityDecision _decision = null!;
    private EligibilityReport _report = null!;
    private CandidateProfile _candidate = null!;

    [Params(ProfileShape.Typical, ProfileShape.Heavy)]
    public ProfileShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The first candidate of the shape that is eligible for 四级, so that the decision has something to say.
        var engine = new EligibilityEngine(Standards.Embedded, Standards.EmbeddedRules, CandidateGenerator.Options);
        var c = new CandidateGenerator().Cases(Shape, 200).First(c => engine.Check(c.Candidate, SkillLevel.Level4, c.AsOf) == Verdict.Eligible);
        _candidate = c.Candidate;
        _decision = engine.Evaluate(c.Candidate, SkillLevel.Level4, c.AsOf);
        _report = engine.EvaluateAll(c.Candidate, c.AsOf);
    }

    [Benchmark(Description = "Decision to JSON (compact)")]
    public string DecisionToJson() => DecisionDocument.ToJson(_decision, indented: false);

    [Benchmark(Description = "Decision round trip (write, then parse the JSON)")]
    public int DecisionRoundTrip()
    {
        var json = DecisionDocument.ToJson(_decision, indented: false);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("verdict").GetString()!.Length;
    }

    [Benchmark(Description = "Report (both levels) to JSON (compact)")]
    public string ReportToJson() => DecisionDocument.ToJson(_report, indented: false);

    [Benchmark(Description = "Candidate round trip (CandidateDocument write and read)")]
    public CandidateProfile CandidateRoundTrip() => CandidateDocument.Parse(CandidateDocument.ToJson(_candidate, indented: false));
}
