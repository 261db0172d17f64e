using BenchmarkDotNet.Attributes;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// Loading the shipped standard again in a warm process: the re-parse (deserialize and validate every rule of the
/// model), the same with the resource read, the rules, and an engine built from them. The first load in a fresh
/// process is measured by the <c>cold-start</c> harness instead (see <see cref="ColdStart.ColdStartHarness"/>).
/// </summary>
[MemoryDiagnoser]
public class StandardLoadingBenchmarks
{
    private string _standardJson = string.Empty;
    private string _rulesJson = string.Empty;
    private OccupationalStandard _standard = null!;
    private EligibilityRules _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _standardJson = Standards.ReadEmbeddedJson();
        _rulesJson = Standards.ReadEmbeddedRulesJson();
        _standard = Standards.Embedded;
        _rules = Standards.EmbeddedRules;
    }

    [Benchmark(Description = "Re-parse the standard (StandardDocument.Parse)")]
    public OccupationalStandard ReparseStandard() => StandardDocument.Parse(_standardJson);

    [Benchmark(Description = "Read the resource and parse the standard")]
    public OccupationalStandard ReadAndParseStandard() => StandardDocument.Parse(Standards.ReadEmbeddedJson());

    [Benchmark(Description = "Parse the rules (RuleDocument.Parse)")]
    public EligibilityRules ParseRules() => RuleDocument.Parse(_rulesJson, _standard);

    [Benchmark(Description = "Build an engine (validate and compile the rules)")]
    public EligibilityEngine BuildEngine() => new(_standard, _rules);
}
