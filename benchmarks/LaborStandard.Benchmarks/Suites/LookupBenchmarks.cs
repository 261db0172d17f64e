using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using LaborStandard.Model;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// Look-ups in chapter 3: a requirement by its code (every code of both levels, printed and corrected, and some that
/// are not there), and the cumulative requirements of a level (高级别涵盖低级别的要求).
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private (SkillLevel Level, string Code)[] _queries = [];
    private WorkRequirements _work = null!;

    [GlobalSetup]
    public void Setup()
    {
        _work = Standards.Embedded.WorkRequirements;
        var queries = new List<(SkillLevel, string)>();
        foreach (var table in _work.Levels)
        {
            foreach (var requirement in table.Skills.Concat(table.Knowledge))
            {
                queries.Add((table.Level, requirement.Code));
                if (requirement.IsCodeCorrected)
                {
                    queries.Add((table.Level, requirement.PrintedCode));
                }
            }

            queries.Add((table.Level, "9.9.9"));
            queries.Add((table.Level, "1.1"));
        }

        // Interleave the levels and codes so that no two neighbouring queries are alike.
        _queries = [.. queries.Select((q, i) => (q, Key: (i * 7919) % queries.Count)).OrderBy(x => x.Key).Select(x => x.q)];
    }

    /// <summary>Gets the number of codes looked up per invocation.</summary>
    public int Queries => _queries.Length;

    [Benchmark(OperationsPerInvoke = 128, Description = "FindByCode (per look-up)")]
    public int FindByCode()
    {
        var found = 0;
        var queries = _queries;
        for (var i = 0; i < 128; i++)
        {
            var (level, code) = queries[i % queries.Length];
            found += _work.FindByCode(level, code).Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 128, Description = "Find skill by code (per look-up)")]
    public int FindSkill()
    {
        var found = 0;
        var queries = _queries;
        for (var i = 0; i < 128; i++)
        {
            var (level, code) = queries[i % queries.Length];
            found += _work.Find(level, RequirementKind.Skill, code) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "Cumulative(三级): the tables 三级 covers")]
    public ImmutableArray<LevelRequirements> Cumulative() => _work.Cumulative(SkillLevel.Level3);

    [Benchmark(Description = "CumulativeRequirements(三级, knowledge)")]
    public ImmutableArray<Requirement> CumulativeRequirements() => _work.CumulativeRequirements(SkillLevel.Level3, RequirementKind.Knowledge);
}
