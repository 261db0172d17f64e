using BenchmarkDotNet.Attributes;
using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>组卷: the blueprint of a paper, rows apportioned by the weight tables (4.1, 4.2) and broken down to items.</summary>
[MemoryDiagnoser]
public class BlueprintBenchmarks
{
    private BlueprintBuilder _builder = null!;

    [Params(20, 100)]
    public int Questions { get; set; }

    [GlobalSetup]
    public void Setup() => _builder = new BlueprintBuilder(Standards.Embedded);

    [Benchmark(Description = "Theory paper for 三级 (table 4.1)")]
    public Blueprint TheoryLevel3() => _builder.Build(AssessmentKind.Theory, SkillLevel.Level3, Questions);

    [Benchmark(Description = "Skill paper for 四级 (table 4.2)")]
    public Blueprint SkillLevel4() => _builder.Build(AssessmentKind.Skill, SkillLevel.Level4, Questions);
}
