using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// 毕业学年的学生 — holds when the candidate is a student of an accepted school in the graduation school year: the twelve
/// months that end on the graduation date (expected, or actual when the as-of date is not after it).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class GraduationYearStudentCondition : SchoolCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>四级（3）</c>.</param>
    /// <param name="text">The text.</param>
    /// <param name="schools">The kinds of school that count, e.g. 技工院校 and 职业院校.</param>
    /// <exception cref="ModelRuleException">A value is missing, or no school kind is accepted.</exception>
    public GraduationYearStudentCondition(string clause, string item, LocalizedText text, ImmutableArray<SchoolKind> schools)
        : base(clause, item, text, schools)
    {
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.GraduationYearStudent;
}
