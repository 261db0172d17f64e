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
