using System.Runtime.InteropServices;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>
/// A combination of conditions (任一 or 同时): the children's outcomes folded by <typeparamref name="TFold"/>, which
/// says how the truths and the dates combine (<see cref="AllOfFold"/>, <see cref="AnyOfFold"/>). A struct type
/// argument, so each combination runs its own specialised loop.
/// </summary>
internal sealed class CombinationNode<TFold>(Condition condition, Node[] children) : Node(condition)
    where TFold : struct, IFold<TFold>
{
    /// <inheritdoc />
    public override ReadOnlySpan<Node> Children => children;

    public override Outcome Evaluate(in Facts facts)
    {
        var fold = TFold.Start;
        foreach (var child in children)
        {
            fold = fold.With(child.Evaluate(facts));
        }

        return fold.Outcome;
    }

    public override Truth Decide(in Facts facts)
    {
        // A decisive child settles the combination at once; otherwise one unknown child leaves it unknown.
        var truth = TFold.Decisive == Truth.False ? Truth.True : Truth.False;
        foreach (var child in children)
        {
            var decided = child.Decide(facts);
            if (decided == TFold.Decisive)
            {
                return decided;
            }

            if (decided == Truth.Unknown)
            {
                truth = Truth.Unknown;
            }
        }

        return truth;
    }

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        var results = new ConditionResult[children.Length];
        var fold = TFold.Start;
        for (var i = 0; i < children.Length; i++)
        {
            results[i] = children[i].Explain(facts, out var childOutcome);
            fold = fold.With(childOutcome);
        }

        outcome = fold.Outcome;
        return Result(facts, outcome, [], null, ImmutableCollectionsMarshal.AsImmutableArray(results));
    }
}
