using BenchmarkDotNet.Attributes;
using LaborStandard.Testing.Candidates;
using LaborStandard.Benchmarks.Comparison;
using LaborStandard.Testing.Comparison;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// A district screened at once: 100,000 typical candidates, both levels, as of one date. The figures are per batch;
/// the candidates do not fit in the processor's caches, unlike the pool of <see cref="ScreeningBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    /// <summary>The candidates of the district.</summary>
    public const int District = 100_000;

    private static readonly DateOnly ScreeningDay = new(2026, 6, 30);

    private CandidateProfile[] _candidates = [];
    private PreparedFacts[] _facts = [];
    private Verdict[] _level4 = [];
    private Verdict[] _level3 = [];
    private EligibilityEngine _engine = null!;
    private HandWrittenScreening _handWritten = null!;
    private RulesEngineScreening _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _candidates = [.. new CandidateGenerator().Cases(ProfileShape.Typical, District).Select(c => c.Candidate)];
        _engine = new EligibilityEngine(Standards.Embedded, Standards.EmbeddedRules, CandidateGenerator.Options);
        _handWritten = new HandWrittenScreening(Standards.Embedded, CandidateGenerator.Options);
        _level4 = new Verdict[District];
        _level3 = new Verdict[District];
    }

    [GlobalSetup(Target = nameof(RulesEngine))]
    public void SetupRulesEngine()
    {
        Setup();
        _rulesEngine = new RulesEngineScreening();
        _facts = [.. _candidates.Select(c => RulesEngineScreening.Prepare(_handWritten.Facts(c, ScreeningDay)))];
        _rulesEngine.Check(_facts[0]);
    }

    [Benchmark(Baseline = true, Description = "Hand-written, 100k candidates")]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var candidate in _candidates)
        {
            sum += _handWritten.Check(candidate, ScreeningDay).Checksum();
        }

        return sum;
    }

    [Benchmark(Description = "Engine CheckAll, 100k candidates")]
    public int EngineCheckAll()
    {
        var sum = 0;
        foreach (var candidate in _candidates)
        {
            sum += TwoLevelVerdicts.From(_engine.CheckAll(candidate, ScreeningDay)).Checksum();
        }

        return sum;
    }

    [Benchmark(Description = "Engine CheckMany 四级 + 三级, 100k candidates")]
    public int EngineCheckMany()
    {
        _engine.CheckMany(_candidates, SkillLevel.Level4, ScreeningDay, _level4);
        _engine.CheckMany(_candidates, SkillLevel.Level3, ScreeningDay, _level3);
        return (int)_level4[^1] + (int)_level3[^1] + (int)_level4[District / 2];
    }

    [Benchmark(Description = "RulesEngine 6, 100k candidates (facts precomputed)")]
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
