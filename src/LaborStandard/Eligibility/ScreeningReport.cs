using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>The short answers for every level the rules define, for one candidate as of one date (see <see cref="EligibilityEngine.Screen"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScreeningReport
{
    internal ScreeningReport(string? candidateId, DateOnly asOf, ImmutableArray<LevelScreening> levels)
    {
        CandidateId = candidateId;
        AsOf = asOf;
        Levels = levels;
    }

    /// <summary>Gets the caller's identifier of the candidate, if the profile carried one.</summary>
    public string? CandidateId { get; }

    /// <summary>Gets the date of the answers.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets one answer per level, junior first.</summary>
    public ImmutableArray<LevelScreening> Levels { get; }

    /// <summary>Gets the most senior level the candidate may apply for, or <see langword="null"/> when none.</summary>
    public SkillLevel? HighestEligibleLevel
    {
        get
        {
            SkillLevel? highest = null;
            foreach (var level in Levels)
            {
                if (level.Verdict == Verdict.Eligible)
                {
                    highest = level.Level;
                }
            }

            return highest;
        }
    }

    /// <summary>Gets the answer for a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rules define no such level.</exception>
    public LevelScreening For(SkillLevel level)
        => Sequence.ForLevel(Levels, level)
           ?? throw new ArgumentOutOfRangeException(nameof(level), level, $"The rules define no {level}; they define {Sequence.LevelsOf(Levels)}.");

    /// <summary>Returns the verdict per level.</summary>
    /// <returns>For example "2026-11-29: 四级/中级工 Eligible by 2, 三级/高级工 NotEligible".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{AsOf:yyyy-MM-dd}: {string.Join(", ", Levels)}");
}
