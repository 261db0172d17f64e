using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>All hold: false if one is false, else unknown if one is unknown; holds from the latest child's date while all still hold.</summary>
internal sealed class AllOfNode(Condition condition, Node[] children) : CompositeNode(condition, children)
{
    public override Outcome Evaluate(in Facts facts)
    {
        var truth = Truth.True;
        int from = int.MinValue, until = Outcome.Forever;
        foreach (var child in Children)
        {
            var outcome = child.Evaluate(facts);
            if (outcome.Truth < truth)
            {
                truth = outcome.Truth;
            }

            from = Math.Max(from, outcome.From);
            until = Math.Min(until, outcome.Until);
        }

        return from > until || from == Outcome.Never
            ? new Outcome(truth, Outcome.Never, Outcome.Forever)
            : new Outcome(truth, from, until);
    }

    public override Truth Decide(in Facts facts)
    {
        var truth = Truth.True;
        foreach (var child in Children)
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
}
