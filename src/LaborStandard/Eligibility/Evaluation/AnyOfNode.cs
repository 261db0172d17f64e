using System.Runtime.InteropServices;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Any one holds: true if one is true, else unknown if one is unknown; holds from the earliest child's date.</summary>
internal sealed class AnyOfNode(Condition condition, Node[] children) : Node(condition)
{
    /// <inheritdoc />
    public override ReadOnlySpan<Node> Children => children;

    public override Outcome Evaluate(in Facts facts)
    {
        var any = Fold.Start;
        foreach (var child in children)
        {
            any = any.With(child.Evaluate(facts));
        }

        return any.Outcome;
    }

    public override Truth Decide(in Facts facts)
    {
        var truth = Truth.False;
        foreach (var child in children)
        {
            var decided = child.Decide(facts);
            if (decided == Truth.True)
            {
                return Truth.True;
            }

            if (decided > truth)
            {
                truth = decided;
            }
        }

        return truth;
    }

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        var results = new ConditionResult[children.Length];
        var any = Fold.Start;
        for (var i = 0; i < children.Length; i++)
        {
            results[i] = children[i].Explain(facts, out var childOutcome);
            any = any.With(childOutcome);
        }

        outcome = any.Outcome;
        return Result(facts, outcome, [], null, ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    /// <summary>The children's outcomes folded so far: the greatest truth, and the earliest start with the latest end on a tie.</summary>
    private readonly record struct Fold(Truth Truth, int From, int Until)
    {
        public static Fold Start => new(Truth.False, Outcome.Never, Outcome.Forever);

        public Outcome Outcome => new(Truth, From, From == Outcome.Never ? Outcome.Forever : Until);

        public Fold With(Outcome child)
        {
            var truth = child.Truth > Truth ? child.Truth : Truth;
            return child.From < From || (child.From == From && From != Outcome.Never && child.Until > Until)
                ? new Fold(truth, child.From, child.Until)
                : this with { Truth = truth };
        }
    }
}
