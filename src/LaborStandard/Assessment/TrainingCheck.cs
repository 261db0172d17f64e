using System.Globalization;
using Ardalis.GuardClauses;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 培训参考学时 — the training hours of clause 1.8: each level's standard hours (四级 100 标准学时, 三级 80 标准学时), read from
/// <see cref="LevelDefinition.TrainingHours"/>, and the check of a training record against them.
/// </summary>
/// <remarks>
/// The check is inclusive: a record that reaches the standard hours passes, as 1.9.1 asks training to reach them
/// (达规定标准学时数). Immutable and thread-safe.
/// </remarks>
public sealed class TrainingCheck
{
    private readonly OccupationalStandard _standard;

    /// <summary>Creates the check of a standard.</summary>
    /// <param name="standard">The standard whose training hours apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public TrainingCheck(OccupationalStandard standard) => _standard = Arguments.NotNull(standard, nameof(standard));

    /// <summary>Gets the standard training hours of a level.</summary>
    /// <param name="level">A level the standard defines.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The standard does not define <paramref name="level"/>.</exception>
    public int StandardHours(SkillLevel level) => _standard.GetLevel(level).TrainingHours;

    /// <summary>Checks the hours of a training record against the level's standard hours.</summary>
    /// <param name="level">The level trained for; one the standard defines.</param>
    /// <param name="completedHours">The hours completed, zero or more.</param>
    /// <returns>The result, with the shortfall and, when short, the violation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The standard does not define <paramref name="level"/>, or <paramref name="completedHours"/> is negative.
    /// </exception>
    public TrainingResult Check(SkillLevel level, decimal completedHours)
    {
        var definition = _standard.GetLevel(level);
        Guard.Against.Negative(
            completedHours,
            nameof(completedHours),
            exceptionCreator: () => new ArgumentOutOfRangeException(nameof(completedHours), completedHours, "Training hours completed must be zero or more."));
        if (completedHours >= definition.TrainingHours)
        {
            return new TrainingResult(definition, completedHours, []);
        }

        var shortfall = definition.TrainingHours - completedHours;
        var violation = new Violation(
            ViolationKind.TrainingHours,
            AssessmentClauses.TrainingHours,
            "hours",
            completedHours,
            definition.TrainingHours,
            new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"{level.ChineseName}培训标准学时为 {definition.TrainingHours} 学时，已完成 {completedHours} 学时，尚差 {shortfall} 学时。"),
                string.Create(CultureInfo.InvariantCulture, $"Training for {level.Name.English} takes {definition.TrainingHours} standard hours; {completedHours} are completed, {shortfall} short.")));
        return new TrainingResult(definition, completedHours, [violation]);
    }
}
