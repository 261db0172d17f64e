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

    /// <summary>Gets the conditions this one combines, in the rule's order; none for a predicate.</summary>
    public virtual ReadOnlySpan<Node> Children => [];

    /// <summary>The groups of facts this condition reads, so that an unknown answer can name the ones not given.</summary>
    protected virtual CandidateFacts Reads => CandidateFacts.None;

    /// <summary>The groups not known that leave this condition undecided (what <see cref="ConditionResult.UnknownFacts"/> says), without explaining it.</summary>
    public CandidateFacts Unknowns(in Facts facts)
    {
        if (Decide(facts) != Truth.Unknown)
        {
            return CandidateFacts.None;
        }

        var unknown = Reads & facts.Profile.UnknownFacts;
        foreach (var child in Children)
        {
            unknown |= child.Unknowns(facts);
        }

        return unknown;
    }

    protected ConditionResult Result(in Facts facts, Outcome outcome, ImmutableArray<Evidence> evidence, Shortfall? shortfall, ImmutableArray<ConditionResult> children = default)
    {
        children = children.IsDefault ? [] : children;
        var unknown = CandidateFacts.None;
        if (outcome.Truth == Truth.Unknown)
        {
            unknown = Reads & facts.Profile.UnknownFacts;
            foreach (var child in children)
            {
                unknown |= child.UnknownFacts;
            }
        }

        // Facts not given are not missing: a condition with nothing to look at names them instead of a shortfall.
        var shortfallShown = outcome.Truth == Truth.False || (outcome.Truth == Truth.Unknown && (unknown == CandidateFacts.None || !evidence.IsEmpty || !children.IsEmpty));
        return new(Condition, outcome.Truth, children, evidence, shortfallShown ? shortfall : null, outcome.HoldsSince(facts.AsOf), outcome.ProjectedOn(facts.AsOf), outcome.HoldsUntil, unknown);
    }
}
