using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>The standard's words for the people and places of an assessment, for messages meant for end users.</summary>
internal static class Vocabulary
{
    private static readonly LocalizedText Proctors = new("监考人员", "proctors");
    private static readonly LocalizedText Evaluators = new("考评人员", "evaluators");

    /// <summary>监考人员 or 考评人员, as clause 1.9.3 names them.</summary>
    public static LocalizedText Staff(StaffRole role) => role == StaffRole.Proctor ? Proctors : Evaluators;

    /// <summary>A count of candidates in English, singular or plural: "1 candidate", "31 candidates".</summary>
    public static string Candidates(long count) => Counted(count, "candidate", "candidates");

    /// <summary>A count of staff of a role in English, singular or plural: "1 proctor", "3 evaluators".</summary>
    public static string Staff(StaffRole role, long count)
        => role == StaffRole.Proctor ? Counted(count, "proctor", "proctors") : Counted(count, "evaluator", "evaluators");

    /// <summary>"1 is" or "3 are": the verb after a count of people.</summary>
    public static string Are(long count) => count == 1 ? "1 is" : string.Create(CultureInfo.InvariantCulture, $"{count} are");

    private static string Counted(long count, string one, string many)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    /// <summary>A room by its place in the plan, counted from one as people count rooms: 第 2 考场, room 2.</summary>
    public static LocalizedText Room(int index) => new($"第 {index + 1} 考场", $"room {index + 1}");
}
