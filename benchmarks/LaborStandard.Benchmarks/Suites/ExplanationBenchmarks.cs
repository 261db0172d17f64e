using BenchmarkDotNet.Attributes;
using LaborStandard.Testing.Candidates;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// The explained decision: every alternative with its facts, shortfall and earliest date, in both languages. Per
/// candidate, over a pool of different candidates.
/// </summary>
[MemoryDiagnoser]
public class ExplanationBenchmarks
{
    /// <summary>The candidates explained per invocation.</summary>
    public const int Pool = 256;

    private ScreeningCase[] _cases = [];
    private EligibilityEngine _engine = null!;

    [Params(ProfileShape.Typical, ProfileShape.Heavy)]
    public ProfileShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cases = new CandidateGenerator().Cases(Shape, Pool);
        _engine = new EligibilityEngine(Standards.Embedded, Standards.EmbeddedRules, CandidateGenerator.Options);
    }

    [Benchmark(OperationsPerInvoke = Pool, Description = "Evaluate 四级 (one explained decision)")]
    public int EvaluateLevel4() => Evaluate(SkillLevel.Level4);

    [Benchmark(OperationsPerInvoke = Pool, Description = "Evaluate 三级 (one explained decision)")]
    public int EvaluateLevel3() => Evaluate(SkillLevel.Level3);

    [Benchmark(OperationsPerInvoke = Pool, Description = "EvaluateAll (both levels explained)")]
    public int EvaluateAll()
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            var report = _engine.EvaluateAll(c.Candidate, c.AsOf);
            sum += report.Decisions.Length + (int)report.Decisions[0].Verdict;
        }

        return sum;
    }

    private int Evaluate(SkillLevel level)
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            var decision = _engine.Evaluate(c.Candidate, level, c.AsOf);
            sum += (int)decision.Verdict + decision.Alternatives.Length;
        }

        return sum;
    }
}
