using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>Holds when every one of its conditions holds, e.g. 三级（2）: a 四级 certificate and two years' continuous work after it.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class AllOfCondition : CompositeCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>三级（2）</c>.</param>
    /// <param name="text">The text of the item.</param>
    /// <param name="conditions">The conditions that must all hold; at least one.</param>
    /// <exception cref="ModelRuleException">A value is missing or there are no conditions.</exception>
    public AllOfCondition(string clause, string item, LocalizedText text, ImmutableArray<Condition> conditions)
        : base(clause, item, text, conditions)
    {
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.AllOf;
}
