using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// 经本职业…预备培训达规定标准学时数，并取得结业证书 — holds when a preparatory training for the level, of this occupation,
/// reached the required hours and has a completion certificate dated on or before the as-of date.
/// </summary>
/// <remarks>
/// The required hours are the level's standard training hours (clause 1.8) unless the rule names its own.
/// Immutable and thread-safe; equality is by value.
/// </remarks>
public sealed class PreparatoryTrainingCondition : Condition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>四级（1）</c>.</param>
    /// <param name="text">The text.</param>
    /// <param name="level">The level the training prepares for.</param>
    /// <param name="requiredHours">Hours required, or <see langword="null"/> for the level's standard training hours (1.8).</param>
    /// <exception cref="ModelRuleException">A value is missing or out of range.</exception>
    public PreparatoryTrainingCondition(string clause, string item, LocalizedText text, SkillLevel level, int? requiredHours = null)
        : base(clause, item, text)
    {
        Level = Invariant.Level(level, "level");
        if (requiredHours is < 1)
        {
            throw Invariant.Violation(StandardRules.RuleConsistency, "requiredHours", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"给出时应至少为 1，实为 {requiredHours}。"),
                string.Create(CultureInfo.InvariantCulture, $"must be at least 1 when given, was {requiredHours}.")));
        }

        if (requiredHours > RuleLimits.MaxTrainingHours)
        {
            throw Invariant.Violation(StandardRules.RuleRange, "requiredHours", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"为 {requiredHours}，超出上限 {RuleLimits.MaxTrainingHours} 学时。"),
                string.Create(CultureInfo.InvariantCulture, $"is {requiredHours}, above the bound of {RuleLimits.MaxTrainingHours} hours.")));
        }

        RequiredHours = requiredHours;
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.PreparatoryTraining;

    /// <summary>Gets the level the training prepares for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the hours the rule itself requires, or <see langword="null"/> when the standard's hours for the level apply (1.8).</summary>
    public int? RequiredHours { get; }

    private protected override bool EqualParameters(Condition other)
    {
        var training = (PreparatoryTrainingCondition)other;
        return Level == training.Level && RequiredHours == training.RequiredHours;
    }
}
