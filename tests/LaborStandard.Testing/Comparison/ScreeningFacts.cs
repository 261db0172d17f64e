using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Testing.Comparison;

/// <summary>
/// The facts the 四级 and 三级 conditions of 1.9.1 are decided on, already computed from a candidate's records as of a
/// date: the input of the hand-written decision and of the RulesEngine workflow alike.
/// </summary>
/// <remarks>
/// Years are full years of one continuous run of work as of the date (complete on the day before the anniversary). A
/// group of facts the candidate's profile marks unknown is computed from what is known; <see cref="AssumingUnknownsHold"/>
/// gives the facts as they would be if every unknown group were favourable, which decides "indeterminate" (the rules
/// have no negation, so a verdict that holds only then is indeterminate).
/// </remarks>
public readonly record struct ScreeningFacts
{
    /// <summary>Years a fact stands at when the work history is unknown and assumed favourable.</summary>
    public const int UnboundedYears = 99;

    /// <summary>Gets whether a 四级 preparatory training of this occupation reached its hours (1.8) with a completion certificate dated by the as-of date.</summary>
    public bool TrainingL4Ok { get; init; }

    /// <summary>Gets whether a 三级 preparatory training of this occupation reached its hours (1.8) with a completion certificate dated by the as-of date.</summary>
    public bool TrainingL3Ok { get; init; }

    /// <summary>Gets the longest continuous work in this occupation, in full years.</summary>
    public int ContinuousYearsThisOccupation { get; init; }

    /// <summary>Gets the longest continuous work in this or a related occupation, in full years.</summary>
    public int ContinuousYearsRelated { get; init; }

    /// <summary>Gets whether a 四级 职业资格证书 of this occupation was issued by the as-of date.</summary>
    public bool HasLevel4VqCertificate { get; init; }

    /// <summary>Gets the longest continuous work in this occupation counted from the earliest such certificate, in full years.</summary>
    public int YearsAfterCertificate { get; init; }

    /// <summary>Gets whether the candidate is a technical (vocational) school student in the graduation school year.</summary>
    public bool IsGraduationYearStudent { get; init; }

    /// <summary>Gets whether the candidate graduated (by the as-of date) from a technician class of a technical school.</summary>
    public bool IsTechnicianGraduate { get; init; }

    /// <summary>Gets the rank of the highest education obtained by the as-of date (<see cref="EducationLevel"/>), or 0 when none is known.</summary>
    public int EducationRank { get; init; }

    /// <summary>Gets the groups of facts the profile does not know.</summary>
    public CandidateFacts Unknown { get; init; }

    /// <summary>Gets the facts with every unknown group taken as favourable.</summary>
    /// <returns>The optimistic facts; the same facts when nothing is unknown.</returns>
    public ScreeningFacts AssumingUnknownsHold()
    {
        var work = (Unknown & CandidateFacts.WorkHistory) != 0;
        var certificates = (Unknown & CandidateFacts.Certificates) != 0;
        var trainings = (Unknown & CandidateFacts.Trainings) != 0;
        var schooling = (Unknown & CandidateFacts.Schooling) != 0;
        var education = (Unknown & CandidateFacts.Education) != 0;
        return this with
        {
            TrainingL4Ok = TrainingL4Ok || trainings,
            TrainingL3Ok = TrainingL3Ok || trainings,
            ContinuousYearsThisOccupation = work ? UnboundedYears : ContinuousYearsThisOccupation,
            ContinuousYearsRelated = work ? UnboundedYears : ContinuousYearsRelated,
            HasLevel4VqCertificate = HasLevel4VqCertificate || certificates,
            YearsAfterCertificate = work || certificates ? UnboundedYears : YearsAfterCertificate,
            IsGraduationYearStudent = IsGraduationYearStudent || schooling,
            IsTechnicianGraduate = IsTechnicianGraduate || schooling,
            EducationRank = education ? (int)EducationLevel.Doctorate : EducationRank,
            Unknown = CandidateFacts.None,
        };
    }
}
