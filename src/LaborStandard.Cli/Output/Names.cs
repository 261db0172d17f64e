using System.Text.Json;
using LaborStandard.Model;

namespace LaborStandard.Cli.Output;

/// <summary>How the tool names the model's enumerations on the command line and in its JSON: the names the library's documents use.</summary>
internal static class Names
{
    public static string Of(AssessmentKind kind) => kind == AssessmentKind.Theory ? "theory" : "skill";

    public static string Of(RequirementKind kind) => kind == RequirementKind.Skill ? "skill" : "knowledge";

    public static string Of(StaffRole role) => role == StaffRole.Proctor ? "proctor" : "evaluator";

    public static string Of(StaffingScope scope) => scope == StaffingScope.PerRoom ? "perRoom" : "perAssessment";

    public static string Of(CorrectionTarget target) => target == CorrectionTarget.Code ? "code" : "text";

    /// <summary>Names any other enumeration value in camelCase, as the documents do.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>For example <c>staffingRatio</c>.</returns>
    public static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Reads <c>theory</c> or <c>skill</c>.</summary>
    /// <param name="text">The value given.</param>
    /// <param name="kind">The kind named.</param>
    /// <returns>Whether the value names a kind.</returns>
    public static bool TryParseKind(string? text, out AssessmentKind kind)
    {
        kind = AssessmentKind.Theory;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "theory":
                return true;
            case "skill":
                kind = AssessmentKind.Skill;
                return true;
            default:
                return false;
        }
    }
}
