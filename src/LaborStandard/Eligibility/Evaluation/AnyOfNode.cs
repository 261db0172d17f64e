using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Any one holds: true if one is true, else unknown if one is unknown; holds from the earliest child's date.</summary>
internal sealed class AnyOfNode(Condition condition, Node[] children) : CompositeNode(condition, children)
{
    public override Outcome Evaluate(in Facts facts)
    {
        var truth = Truth.False;
        int from = Outcome.Never, until = Outcome.Forever;
        foreach (var child in Children)
        {
            var outcome = child.Evaluate(facts);
            if (outcome.Truth > truth)
            {
                truth = outcome.Truth;
            }

            if (outcome.From < from || (outcome.From == from && from != Outcome.Never && outcome.Until > until))
            {
                from = outcome.From;
                until = outcome.Until;
            }
        }

        return new Outcome(truth, from, from == Outcome.Never ? Outcome.Forever : until);
    }

    public override Truth Decide(in Facts facts)
    {
        var truth = Truth.False;
        foreach (var child in Children)
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
}
