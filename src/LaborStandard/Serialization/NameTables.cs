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

    public static readonly (string Name, RequirementKind Value)[] RequirementKinds =
        [("skill", RequirementKind.Skill), ("knowledge", RequirementKind.Knowledge)];

    public static readonly (string Name, Assessment.ViolationKind Value)[] ViolationKinds =
    [
        ("staffingRatio", Assessment.ViolationKind.StaffingRatio),
        ("staffingMinimum", Assessment.ViolationKind.StaffingMinimum),
        ("staffingOddCount", Assessment.ViolationKind.StaffingOddCount),
        ("roomCapacity", Assessment.ViolationKind.RoomCapacity),
        ("minimumDuration", Assessment.ViolationKind.MinimumDuration),
        ("trainingHours", Assessment.ViolationKind.TrainingHours),
    ];

    // Every kind of change between editions under its own name in camelCase, as the other tables name theirs.
    public static readonly (string Name, Interop.Editions.ChangeKind Value)[] ChangeKinds =
        [.. Enum.GetValues<Interop.Editions.ChangeKind>().Select(k => (System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), k))];

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

    public static readonly (string Name, Eligibility.Rules.OccupationScope Value)[] OccupationScopes =
        [("this", Eligibility.Rules.OccupationScope.ThisOccupation), ("related", Eligibility.Rules.OccupationScope.RelatedOccupations)];

    public static readonly (string Name, Eligibility.Rules.CertificateKind Value)[] CertificateKinds =
        [("vocationalQualification", Eligibility.Rules.CertificateKind.VocationalQualification), ("skillLevel", Eligibility.Rules.CertificateKind.SkillLevel)];

    public static readonly (string Name, Eligibility.Rules.EducationLevel Value)[] EducationLevels =
    [
        ("juniorMiddleSchool", Eligibility.Rules.EducationLevel.JuniorMiddleSchool),
        ("seniorSecondary", Eligibility.Rules.EducationLevel.SeniorSecondary),
        ("juniorCollege", Eligibility.Rules.EducationLevel.JuniorCollege),
        ("bachelor", Eligibility.Rules.EducationLevel.Bachelor),
        ("master", Eligibility.Rules.EducationLevel.Master),
        ("doctorate", Eligibility.Rules.EducationLevel.Doctorate),
    ];

    public static readonly (string Name, Eligibility.Rules.SchoolKind Value)[] SchoolKinds =
        [("technicalSchool", Eligibility.Rules.SchoolKind.TechnicalSchool), ("vocationalSchool", Eligibility.Rules.SchoolKind.VocationalSchool)];

    public static readonly (string Name, Eligibility.Rules.SchoolProgramme Value)[] SchoolProgrammes =
        [("regular", Eligibility.Rules.SchoolProgramme.Regular), ("technicianClass", Eligibility.Rules.SchoolProgramme.TechnicianClass)];

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
