using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// 具有…学历（含同等学力） — holds when the candidate's highest education is at least <see cref="Minimum"/>, obtained on
/// or before the as-of date; an equivalent attainment (同等学力) counts only when <see cref="AcceptsEquivalent"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class EducationCondition : Condition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>四级（4）</c>.</param>
    /// <param name="text">The text.</param>
    /// <param name="minimum">The lowest education that counts.</param>
    /// <param name="acceptsEquivalent">Whether equivalent attainment counts (含同等学力).</param>
    /// <exception cref="ModelRuleException">A value is missing or undefined.</exception>
    public EducationCondition(string clause, string item, LocalizedText text, EducationLevel minimum, bool acceptsEquivalent)
        : base(clause, item, text)
    {
        Invariant.Enum(minimum, "minimum");
        Minimum = minimum;
        AcceptsEquivalent = acceptsEquivalent;
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.Education;

    /// <summary>Gets the lowest education that counts.</summary>
    public EducationLevel Minimum { get; }

    /// <summary>Gets whether equivalent attainment (同等学力) counts.</summary>
    public bool AcceptsEquivalent { get; }

    private protected override bool EqualParameters(Condition other)
    {
        var education = (EducationCondition)other;
        return Minimum == education.Minimum && AcceptsEquivalent == education.AcceptsEquivalent;
    }
}
