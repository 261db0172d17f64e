using BenchmarkDotNet.Attributes;
using LaborStandard.Testing.Candidates;
using LaborStandard.Benchmarks.Comparison;
using LaborStandard.Testing.Comparison;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// The verdict for 四级 and 三级 together, per candidate, side by side on the same candidates: the hand-written limit
/// (baseline), the engine's verdict-only path, and Microsoft RulesEngine at its best (built once, fed facts computed
/// before the measurement).
/// </summary>
/// <remarks>
/// Each invocation screens a pool of <see cref="Pool"/> different candidates with different as-of dates and sums their
/// verdicts, so the JIT can neither hoist nor drop the work; the figures are per candidate.
/// </remarks>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    /// <summary>The candidates screened per invocation.</summary>
    public const int Pool = 1024;

    private ScreeningCase[] _cases = [];
    private PreparedFacts[] _facts = [];
    private EligibilityEngine _engine = null!;
    private HandWrittenScreening _handWritten = null!;
    private RulesEngineScreening _rulesEngine = null!;

    [Params(ProfileShape.Typical, ProfileShape.Heavy)]
    public ProfileShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cases = new CandidateGenerator().Cases(Shape, Pool);
        _engine = new EligibilityEngine(Standards.Embedded, Standards.EmbeddedRules, CandidateGenerator.Options);
        _handWritten = new HandWrittenScreening(Standards.Embedded, CandidateGenerator.Options);
        _rulesEngine = new RulesEngineScreening();
        _facts = [.. _cases.Select(c => RulesEngineScreening.Prepare(_handWritten.Facts(c.Candidate, c.AsOf)))];
        _rulesEngine.Check(_facts[0]); // compiles the workflow once, as a long-running service would have
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pool, Description = "Hand-written (loops, if/else)")]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            sum += _handWritten.Check(c.Candidate, c.AsOf).Checksum();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pool, Description = "Engine CheckAll (verdict only)")]
    public int EngineCheckAll()
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            sum += TwoLevelVerdicts.From(_engine.CheckAll(c.Candidate, c.AsOf)).Checksum();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pool, Description = "Engine Check 四级 + Check 三级")]
    public int EngineCheckEachLevel()
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            sum += new TwoLevelVerdicts(_engine.Check(c.Candidate, SkillLevel.Level4, c.AsOf), _engine.Check(c.Candidate, SkillLevel.Level3, c.AsOf)).Checksum();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pool, Description = "RulesEngine 6 (facts precomputed)")]
    public int RulesEngine()
    {
        var sum = 0;
        foreach (var facts in _facts)
        {
            sum += _rulesEngine.Check(facts).Checksum();
        }

        return sum;
    }
}
