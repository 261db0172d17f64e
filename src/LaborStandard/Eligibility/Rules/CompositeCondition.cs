using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>A condition that combines others: <see cref="AnyOfCondition"/> or <see cref="AllOfCondition"/>.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public abstract class CompositeCondition : Condition
{
    private protected CompositeCondition(string clause, string item, LocalizedText text, ImmutableArray<Condition> conditions)
        : base(clause, item, text)
    {
        Invariant.Items(conditions, "conditions");
        Invariant.Require(!conditions.IsEmpty, StandardRules.RuleConsistency, "conditions", "is empty; a combination of no conditions can never be decided by the candidate's facts.");
        Combined = conditions;
    }

    /// <inheritdoc />
    public override ImmutableArray<Condition> Conditions => Combined;

    private ImmutableArray<Condition> Combined { get; }

    private protected override bool EqualParameters(Condition other) => true;
}
