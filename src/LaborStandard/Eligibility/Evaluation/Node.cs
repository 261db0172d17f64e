using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>
/// A condition compiled for evaluation. <see cref="Evaluate"/> and <see cref="Decide"/> allocate nothing, for bulk
/// screening; <see cref="Explain"/> builds the explained result.
/// </summary>
internal abstract class Node(Condition condition)
{
    public Condition Condition { get; } = condition;

    public abstract Outcome Evaluate(in Facts facts);

    /// <summary>The truth alone; combinations stop as soon as the answer is known.</summary>
    public virtual Truth Decide(in Facts facts) => Evaluate(facts).Truth;

    /// <summary>The explained result, and the outcome it rests on, so that a combination need not evaluate its children again.</summary>
    public abstract ConditionResult Explain(in Facts facts, out Outcome outcome);

    protected ConditionResult Result(in Facts facts, Outcome outcome, ImmutableArray<Evidence> evidence, Shortfall? shortfall, ImmutableArray<ConditionResult> children = default)
        => new(Condition, outcome.Truth, children.IsDefault ? [] : children, evidence, outcome.Truth == Truth.True ? null : shortfall, outcome.HoldsFrom(facts.AsOf), outcome.HoldsUntil);
}
