using System.Globalization;
using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>A condition that combines others: <see cref="AnyOfCondition"/> or <see cref="AllOfCondition"/>.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public abstract class CompositeCondition : Condition
{
    private static readonly LocalizedText NoCondition = new("为空；不含任何条件的组合无法依据申报人的事实作出判断。", "is empty; a combination of no conditions can never be decided by the candidate's facts.");

    private protected CompositeCondition(string clause, string item, LocalizedText text, ImmutableArray<Condition> conditions)
        : base(clause, item, text)
    {
        Invariant.Items(conditions, "conditions");
        Invariant.Require(!conditions.IsEmpty, StandardRules.RuleConsistency, "conditions", NoCondition);
        Combined = conditions;
        int depth = 0, size = 1;
        foreach (var condition in conditions)
        {
            depth = Math.Max(depth, condition.Depth);
            size += condition.Size;
        }

        Depth = depth + 1;
        Size = size;
        if (Depth > RuleLimits.MaxDepth)
        {
            throw Invariant.Violation(StandardRules.RuleDepth, "conditions", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"嵌套 {Depth} 层，超出上限 {RuleLimits.MaxDepth} 层。"),
                string.Create(CultureInfo.InvariantCulture, $"nest {Depth} deep, beyond the bound of {RuleLimits.MaxDepth}.")));
        }

        if (Size > RuleLimits.MaxConditions)
        {
            throw Invariant.Violation(StandardRules.RuleSize, "conditions", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"共 {Size} 个条件，超出上限 {RuleLimits.MaxConditions} 个。"),
                string.Create(CultureInfo.InvariantCulture, $"hold {Size} conditions, beyond the bound of {RuleLimits.MaxConditions}.")));
        }
    }

    /// <inheritdoc />
    internal override int Depth { get; }

    /// <inheritdoc />
    internal override int Size { get; }

    /// <inheritdoc />
    public override ImmutableArray<Condition> Conditions => Combined;

    private ImmutableArray<Condition> Combined { get; }

    private protected override bool EqualParameters(Condition other) => true;
}
