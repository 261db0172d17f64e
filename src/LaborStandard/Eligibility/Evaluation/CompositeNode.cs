using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>A combination of conditions: its explanation is its own outcome over the explained results of its parts.</summary>
internal abstract class CompositeNode(Condition condition, Node[] children) : Node(condition)
{
    protected Node[] Children { get; } = children;

    public sealed override ConditionResult Explain(in Facts facts)
    {
        var results = ImmutableArray.CreateBuilder<ConditionResult>(Children.Length);
        foreach (var child in Children)
        {
            results.Add(child.Explain(facts));
        }

        return Result(facts, Evaluate(facts), [], null, results.MoveToImmutable());
    }
}
