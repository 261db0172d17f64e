using LaborStandard.Testing.Comparison;
using RulesEngine.Models;

namespace LaborStandard.Benchmarks.Comparison;

/// <summary>
/// The same 四级 and 三级 conditions as a Microsoft RulesEngine workflow: one rule per level, each a lambda expression
/// over <see cref="ScreeningFacts"/> (the JSON is <c>application-conditions.workflow.json</c>, embedded in this assembly).
/// </summary>
/// <remarks>
/// <para>
/// Measured at its best, as its maintainers advise: the engine is built once and reused (its rules are compiled on the
/// first execution and cached), and it is fed facts already computed, so that only the rule evaluation is measured.
/// RulesEngine is boolean: "indeterminate" is decided as in the hand-written version, by running the workflow a second
/// time on <see cref="ScreeningFacts.AssumingUnknownsHold"/> when the first run leaves a level not eligible and the
/// candidate has unknown facts.
/// </para>
/// <para>
/// Its API is asynchronous only (<c>ExecuteAllRulesAsync</c> returns a <see cref="ValueTask{TResult}"/>); each candidate
/// takes its result synchronously (<c>Result</c> once the value task has completed, which it has on return since the
/// workflow has no actions; <c>AsTask().GetAwaiter().GetResult()</c> otherwise). Thread-safe as RulesEngine is.
/// </para>
/// </remarks>
public sealed class RulesEngineScreening
{
    /// <summary>The name of the workflow.</summary>
    public const string WorkflowName = "ApplicationConditions";

    /// <summary>The name the facts go by in the expressions.</summary>
    public const string FactsName = "f";

    private const string Level4Rule = "Level4";
    private const string Level3Rule = "Level3";
    private const string WorkflowResource = "LaborStandard.Benchmarks.Comparison.application-conditions.workflow.json";

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Builds the engine from the workflow, with the settings that make it fastest.</summary>
    public RulesEngineScreening()
    {
        var settings = new ReSettings
        {
            EnableScopedParams = false,
            EnableFormattedErrorMessage = false,
            UseFastExpressionCompiler = true,
        };
        _engine = new RulesEngine.RulesEngine([WorkflowJson()], settings);
    }

    /// <summary>Reads the workflow as shipped in this assembly.</summary>
    /// <returns>The JSON.</returns>
    public static string WorkflowJson()
    {
        using var stream = typeof(RulesEngineScreening).Assembly.GetManifestResourceStream(WorkflowResource)
            ?? throw new InvalidOperationException($"the resource {WorkflowResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Wraps a candidate's facts as the engine's inputs, once, outside any measurement.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The inputs: the facts, and the facts assuming unknowns hold when some are unknown.</returns>
    public static PreparedFacts Prepare(in ScreeningFacts facts)
        => new([new RuleParameter(FactsName, facts)], facts.Unknown == Eligibility.CandidateFacts.None ? null : [new RuleParameter(FactsName, facts.AssumingUnknownsHold())]);

    /// <summary>Decides 四级 and 三级 by running the workflow.</summary>
    /// <param name="facts">The prepared facts.</param>
    /// <returns>The verdicts.</returns>
    public TwoLevelVerdicts Check(PreparedFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var (level4, level3) = Run(facts.Known);
        if ((level4 && level3) || facts.AssumingUnknownsHold is null)
        {
            return new TwoLevelVerdicts(level4 ? Eligibility.Verdict.Eligible : Eligibility.Verdict.NotEligible, level3 ? Eligibility.Verdict.Eligible : Eligibility.Verdict.NotEligible);
        }

        var (hopeful4, hopeful3) = Run(facts.AssumingUnknownsHold);
        return new TwoLevelVerdicts(
            level4 ? Eligibility.Verdict.Eligible : hopeful4 ? Eligibility.Verdict.Indeterminate : Eligibility.Verdict.NotEligible,
            level3 ? Eligibility.Verdict.Eligible : hopeful3 ? Eligibility.Verdict.Indeterminate : Eligibility.Verdict.NotEligible);
    }

    private (bool Level4, bool Level3) Run(RuleParameter[] inputs)
    {
        // Completes synchronously (no actions in the workflow); the task path is there for correctness only.
        var pending = _engine.ExecuteAllRulesAsync(WorkflowName, inputs);
        var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        bool level4 = false, level3 = false;
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine failed on rule {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            switch (result.Rule.RuleName)
            {
                case Level4Rule:
                    level4 = result.IsSuccess;
                    break;
                case Level3Rule:
                    level3 = result.IsSuccess;
                    break;
            }
        }

        return (level4, level3);
    }
}

/// <summary>A candidate's facts as RulesEngine inputs.</summary>
/// <param name="Known">The facts as known.</param>
/// <param name="AssumingUnknownsHold">The facts with unknown groups taken as favourable, or null when nothing is unknown.</param>
public sealed record PreparedFacts(RuleParameter[] Known, RuleParameter[]? AssumingUnknownsHold);
