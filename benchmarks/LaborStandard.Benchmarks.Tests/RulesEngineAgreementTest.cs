using LaborStandard.Benchmarks.Comparison;
using LaborStandard.Eligibility;
using LaborStandard.Testing.Candidates;
using LaborStandard.Testing.Comparison;

namespace LaborStandard.Benchmarks.Tests;

/// <summary>
/// The RulesEngine comparison measures like with like: on the same generated candidates (fixed seed, boundary dates
/// included), the RulesEngine workflow reaches the engine's verdict for 四级 and 三级.
/// </summary>
public class RulesEngineAgreementTest
{
    private static readonly EligibilityEngine Engine = new(Standards.Embedded, Standards.EmbeddedRules, CandidateGenerator.Options);
    private static readonly HandWrittenScreening HandWritten = new(Standards.Embedded, CandidateGenerator.Options);

    // shape, how many; 8,000 candidates in all
    private static readonly (ProfileShape Shape, int Count)[] Mix = [(ProfileShape.Typical, 4000), (ProfileShape.Heavy, 1000), (ProfileShape.Edge, 3000)];

    [Fact]
    public void The_RulesEngine_workflow_agrees_with_the_engine_on_every_candidate()
    {
        var workflow = new RulesEngineScreening();
        var generator = new CandidateGenerator();
        var disagreements = Mix.SelectMany(m => generator.Cases(m.Shape, m.Count))
            .Select(c => (Case: c, Engine: TwoLevelVerdicts.From(Engine.CheckAll(c.Candidate, c.AsOf)), Workflow: workflow.Check(RulesEngineScreening.Prepare(HandWritten.Facts(c.Candidate, c.AsOf)))))
            .Where(r => r.Engine != r.Workflow)
            .Select(r => $"{r.Case.Candidate} as of {r.Case.AsOf:yyyy-MM-dd}: engine {r.Engine}, workflow {r.Workflow}")
            .ToList();

        disagreements.Should().BeEmpty();
    }
}
