using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>The standard's words for the people and places of an assessment, for messages meant for end users.</summary>
internal static class Vocabulary
{
    private static readonly LocalizedText Proctors = new("监考人员", "proctors");
    private static readonly LocalizedText Evaluators = new("考评人员", "evaluators");

    /// <summary>监考人员 or 考评人员, as clause 1.9.3 names them.</summary>
    public static LocalizedText Staff(StaffRole role) => role == StaffRole.Proctor ? Proctors : Evaluators;

    /// <summary>A room by its place in the plan, counted from one as people count rooms: 第 2 考场, room 2.</summary>
    public static LocalizedText Room(int index) => new($"第 {index + 1} 考场", $"room {index + 1}");
}
