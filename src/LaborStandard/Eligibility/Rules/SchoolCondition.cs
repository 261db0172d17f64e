using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>A condition on school enrolment: <see cref="GraduationYearStudentCondition"/> or <see cref="TechnicianClassGraduateCondition"/>.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public abstract class SchoolCondition : Condition
{
    private static readonly LocalizedText NoSchool = new("未列出任何院校类别，此条件永远不能成立。", "accepts no kind of school, so the condition can never hold.");

    private protected SchoolCondition(string clause, string item, LocalizedText text, ImmutableArray<SchoolKind> schools)
        : base(clause, item, text)
    {
        Invariant.Values(schools, "schools");
        Invariant.Require(!schools.IsEmpty, StandardRules.RuleConsistency, "schools", NoSchool);
        for (var i = 0; i < schools.Length; i++)
        {
            Invariant.Enum(schools[i], Invariant.Indexed("schools", i));
            Invariant.Require(schools.IndexOf(schools[i]) == i, StandardRules.CodeUnique, Invariant.Indexed("schools", i), $"重复列出；每种院校只能列一次。", $"{schools[i]} is named twice.");
        }

        Schools = schools;
    }

    /// <summary>Gets the kinds of school that count.</summary>
    public ImmutableArray<SchoolKind> Schools { get; }

    private protected override bool EqualParameters(Condition other) => Sequence.Equal(Schools, ((SchoolCondition)other).Schools);
}
