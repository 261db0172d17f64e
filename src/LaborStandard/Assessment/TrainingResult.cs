using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// The check of a training record against clause 1.8 (培训参考学时): the hours completed against the level's standard
/// hours (标准学时), which are enough when reached (达规定标准学时数).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TrainingResult
{
    internal TrainingResult(LevelDefinition level, decimal completedHours, ImmutableArray<Violation> violations)
    {
        Level = level.Level;
        StandardHours = level.TrainingHours;
        CompletedHours = completedHours;
        Violations = violations;
    }

    /// <summary>Gets the level trained for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the level's standard training hours, read from the standard (100 for 四级, 80 for 三级).</summary>
    public int StandardHours { get; }

    /// <summary>Gets the hours completed.</summary>
    public decimal CompletedHours { get; }

    /// <summary>Gets the hours still missing: zero when the standard hours are reached.</summary>
    public decimal Shortfall => Math.Max(0, StandardHours - CompletedHours);

    /// <summary>Gets whether the completed hours reach the standard hours (the standard hours themselves are enough).</summary>
    public bool Passed => Violations.IsEmpty;

    /// <summary>Gets the violation when the hours fall short; empty otherwise.</summary>
    public ImmutableArray<Violation> Violations { get; }

    /// <summary>Gets the clause the check rests on: <c>1.8</c>.</summary>
    public string Clause { get; } = AssessmentClauses.TrainingHours;

    /// <summary>Returns the verdict.</summary>
    /// <returns>For example "1.8 四级/中级工: 80/100 hours, 20 short".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Clause} {Level}: {CompletedHours}/{StandardHours} hours{(Passed ? ", passed" : $", {Shortfall} short")}");
}
