using System.Runtime.InteropServices;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>All hold: false if one is false, else unknown if one is unknown; holds from the latest child's date while all still hold.</summary>
internal sealed class AllOfNode(Condition condition, Node[] children) : Node(condition)
{
    /// <inheritdoc />
    public override ReadOnlySpan<Node> Children => children;

    public override Outcome Evaluate(in Facts facts)
    {
        var all = Fold.Start;
        foreach (var child in children)
        {
            all = all.With(child.Evaluate(facts));
        }

        return all.Outcome;
    }

    public override Truth Decide(in Facts facts)
    {
        var truth = Truth.True;
        foreach (var child in children)
        {
            var decided = child.Decide(facts);
            if (decided == Truth.False)
            {
                return Truth.False;
            }

            if (decided < truth)
            {
                truth = decided;
            }
        }

        return truth;
    }

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        var results = new ConditionResult[children.Length];
        var all = Fold.Start;
        for (var i = 0; i < children.Length; i++)
        {
            results[i] = children[i].Explain(facts, out var childOutcome);
            all = all.With(childOutcome);
        }

        outcome = all.Outcome;
        return Result(facts, outcome, [], null, ImmutableCollectionsMarshal.AsImmutableArray(results));
    }

    /// <summary>The children's outcomes folded so far: the least truth, the latest start and the earliest end.</summary>
    private readonly record struct Fold(Truth Truth, int From, int Until)
    {
        public static Fold Start => new(Truth.True, int.MinValue, Outcome.Forever);

        public Outcome Outcome => From > Until || From == Outcome.Never
            ? new Outcome(Truth, Outcome.Never, Outcome.Forever)
            : new Outcome(Truth, From, Until);

        public Fold With(Outcome child) => new(child.Truth < Truth ? child.Truth : Truth, Math.Max(From, child.From), Math.Min(Until, child.Until));
    }
}
