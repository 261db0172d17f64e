using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>具备以下条件之一 — holds when any one of its conditions holds (the alternatives of a level in 1.9.1).</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class AnyOfCondition : CompositeCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>四级</c>.</param>
    /// <param name="text">The text, e.g. the preamble 具备以下条件之一者，可以申报四级….</param>
    /// <param name="conditions">The alternatives; at least one.</param>
    /// <exception cref="ModelRuleException">A value is missing or there are no alternatives.</exception>
    public AnyOfCondition(string clause, string item, LocalizedText text, ImmutableArray<Condition> conditions)
        : base(clause, item, text, conditions)
    {
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.AnyOf;
}
