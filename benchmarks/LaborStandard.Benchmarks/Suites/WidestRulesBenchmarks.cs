using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Testing.Candidates;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// The cost of the widest rule set <see cref="RuleLimits"/> allows (issue 16, item 3): one level of 256 conditions, the
/// most a level may hold, 255 of them continuous service of the most years, counted from a certificate and over related
/// occupations (the costliest kind: each walks the work history), under the widest gap tolerance with bridged days
/// skipped. Per candidate, over the heavy generated candidates (long work histories). The documented cost per candidate
/// of any accepted rule set is this one's.
/// </summary>
[MemoryDiagnoser]
public class WidestRulesBenchmarks
{
    /// <summary>The candidates decided per invocation.</summary>
    public const int Pool = 64;

    private ScreeningCase[] _cases = [];
    private EligibilityEngine _engine = null!;

    /// <summary>The widest rule set: an any-of over 255 service conditions that differ in years, kind and anchor.</summary>
    public static EligibilityRules Widest()
    {
        var words = new LocalizedText("条件", "condition");
        var anchors = new[] { null, new CertificateSpec(SkillLevel.Level4, [CertificateKind.VocationalQualification, CertificateKind.SkillLevel], OccupationScope.RelatedOccupations) };
        var children = Enumerable.Range(0, RuleLimits.MaxConditions - 1)
            .Select(i => i % 2 == 0
                ? (Condition)new ContinuousServiceCondition("1.9.1", $"项{i}", words, RuleLimits.MaxYears - (i % 5), OccupationScope.RelatedOccupations, anchors[i % 3 % 2])
                : new CumulativeServiceCondition("1.9.1", $"项{i}", words, RuleLimits.MaxYears - (i % 5), OccupationScope.RelatedOccupations, anchors[i % 3 % 2]))
            .ToImmutableArray();
        return new EligibilityRules("3-01-01-02", [new LevelRule(SkillLevel.Level4, new AnyOfCondition("1.9.1", "四级", words, children))]);
    }

    [GlobalSetup]
    public void Setup()
    {
        _cases = new CandidateGenerator().Cases(ProfileShape.Heavy, Pool);
        var options = new EligibilityOptions(CandidateGenerator.Options.RelatedOccupations, EligibilityOptions.MaxGapToleranceDays);
        _engine = new EligibilityEngine(Standards.Embedded, Widest(), options);
    }

    [Benchmark(OperationsPerInvoke = Pool, Description = "Widest rules: Check (verdict only)")]
    public int Check()
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            sum += (int)_engine.Check(c.Candidate, SkillLevel.Level4, c.AsOf);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pool, Description = "Widest rules: Evaluate (explained)")]
    public int Evaluate()
    {
        var sum = 0;
        foreach (var c in _cases)
        {
            sum += _engine.Evaluate(c.Candidate, SkillLevel.Level4, c.AsOf).Alternatives.Length;
        }

        return sum;
    }
}
