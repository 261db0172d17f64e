using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>How the enumerations of the model are written in documents: one table each, read and written from the same place.</summary>
internal static class NameTables
{
    public static readonly (string Name, AssessmentKind Value)[] AssessmentKinds =
        [("theory", AssessmentKind.Theory), ("skill", AssessmentKind.Skill)];

    public static readonly (string Name, StaffRole Value)[] StaffRoles =
        [("proctor", StaffRole.Proctor), ("evaluator", StaffRole.Evaluator)];

    public static readonly (string Name, StaffingScope Value)[] StaffingScopes =
        [("perRoom", StaffingScope.PerRoom), ("perAssessment", StaffingScope.PerAssessment)];

    public static readonly (string Name, EditionStatus Value)[] EditionStatuses =
        [("draftForComment", EditionStatus.DraftForComment), ("draftForApproval", EditionStatus.DraftForApproval), ("published", EditionStatus.Published)];

    public static readonly (string Name, CorrectionTarget Value)[] CorrectionTargets =
        [("code", CorrectionTarget.Code), ("text", CorrectionTarget.Text)];

    public static readonly (string Name, WeightTargetKind Value)[] WeightTargetKinds =
        [("basicRequirements", WeightTargetKind.BasicRequirements), ("function", WeightTargetKind.Function)];

    public static readonly (string Name, Eligibility.Rules.ConditionKind Value)[] ConditionKinds =
    [
        ("anyOf", Eligibility.Rules.ConditionKind.AnyOf),
        ("allOf", Eligibility.Rules.ConditionKind.AllOf),
        ("certificate", Eligibility.Rules.ConditionKind.Certificate),
        ("continuousService", Eligibility.Rules.ConditionKind.ContinuousService),
        ("cumulativeService", Eligibility.Rules.ConditionKind.CumulativeService),
        ("preparatoryTraining", Eligibility.Rules.ConditionKind.PreparatoryTraining),
        ("education", Eligibility.Rules.ConditionKind.Education),
        ("graduationYearStudent", Eligibility.Rules.ConditionKind.GraduationYearStudent),
        ("technicianClassGraduate", Eligibility.Rules.ConditionKind.TechnicianClassGraduate),
    ];

    public static readonly (string Name, Eligibility.OccupationScope Value)[] OccupationScopes =
        [("this", Eligibility.OccupationScope.ThisOccupation), ("related", Eligibility.OccupationScope.RelatedOccupations)];

    public static readonly (string Name, Eligibility.CertificateKind Value)[] CertificateKinds =
        [("vocationalQualification", Eligibility.CertificateKind.VocationalQualification), ("skillLevel", Eligibility.CertificateKind.SkillLevel)];

    public static readonly (string Name, Eligibility.EducationLevel Value)[] EducationLevels =
    [
        ("juniorMiddleSchool", Eligibility.EducationLevel.JuniorMiddleSchool),
        ("seniorSecondary", Eligibility.EducationLevel.SeniorSecondary),
        ("juniorCollege", Eligibility.EducationLevel.JuniorCollege),
        ("bachelor", Eligibility.EducationLevel.Bachelor),
        ("master", Eligibility.EducationLevel.Master),
        ("doctorate", Eligibility.EducationLevel.Doctorate),
    ];

    public static readonly (string Name, Eligibility.SchoolKind Value)[] SchoolKinds =
        [("technicalSchool", Eligibility.SchoolKind.TechnicalSchool), ("vocationalSchool", Eligibility.SchoolKind.VocationalSchool)];

    public static readonly (string Name, Eligibility.SchoolProgramme Value)[] SchoolProgrammes =
        [("regular", Eligibility.SchoolProgramme.Regular), ("technicianClass", Eligibility.SchoolProgramme.TechnicianClass)];

    public static readonly (string Name, Eligibility.CandidateFacts Value)[] CandidateFacts =
    [
        ("education", Eligibility.CandidateFacts.Education),
        ("schooling", Eligibility.CandidateFacts.Schooling),
        ("certificates", Eligibility.CandidateFacts.Certificates),
        ("trainings", Eligibility.CandidateFacts.Trainings),
        ("work", Eligibility.CandidateFacts.WorkHistory),
    ];

    public static readonly (string Name, Eligibility.Truth Value)[] Truths =
        [("true", Eligibility.Truth.True), ("false", Eligibility.Truth.False), ("unknown", Eligibility.Truth.Unknown)];

    public static readonly (string Name, Eligibility.Verdict Value)[] Verdicts =
        [("eligible", Eligibility.Verdict.Eligible), ("notEligible", Eligibility.Verdict.NotEligible), ("indeterminate", Eligibility.Verdict.Indeterminate)];

    public static readonly (string Name, Eligibility.ShortfallUnit Value)[] ShortfallUnits =
        [("none", Eligibility.ShortfallUnit.None), ("days", Eligibility.ShortfallUnit.Days), ("hours", Eligibility.ShortfallUnit.Hours), ("educationLevel", Eligibility.ShortfallUnit.EducationLevel)];

    public static readonly (string Name, Eligibility.EvidenceKind Value)[] EvidenceKinds =
    [
        ("workRun", Eligibility.EvidenceKind.WorkRun),
        ("certificate", Eligibility.EvidenceKind.Certificate),
        ("training", Eligibility.EvidenceKind.Training),
        ("education", Eligibility.EvidenceKind.Education),
        ("school", Eligibility.EvidenceKind.School),
    ];

    public static string NameOf<TEnum>(ReadOnlySpan<(string Name, TEnum Value)> table, TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (name, item) in table)
        {
            if (EqualityComparer<TEnum>.Default.Equals(item, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no name in documents.");
    }
}
