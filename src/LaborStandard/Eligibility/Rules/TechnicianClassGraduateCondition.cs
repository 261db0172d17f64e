using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// 技师班毕业生 — holds when the candidate graduated from a technician class (技师班) of an accepted school on or before
/// the as-of date. An expected graduation date is taken to be the graduation once it has come (if nothing else changes,
/// the student graduates as expected); the explanation says that it was not confirmed.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class TechnicianClassGraduateCondition : SchoolCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>三级（3）</c>.</param>
    /// <param name="text">The text.</param>
    /// <param name="schools">The kinds of school that count, e.g. 技工院校.</param>
    /// <exception cref="ModelRuleException">A value is missing, or no school kind is accepted.</exception>
    public TechnicianClassGraduateCondition(string clause, string item, LocalizedText text, ImmutableArray<SchoolKind> schools)
        : base(clause, item, text, schools)
    {
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.TechnicianClassGraduate;
}
