using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Testing.Comparison;

/// <summary>The verdicts for 四级 and 三级, as every implementation under comparison reports them.</summary>
/// <param name="Level4">The verdict for 四级.</param>
/// <param name="Level3">The verdict for 三级.</param>
public readonly record struct TwoLevelVerdicts(Verdict Level4, Verdict Level3)
{
    /// <summary>Takes the two levels out of the engine's verdicts.</summary>
    /// <param name="verdicts">The engine's verdicts.</param>
    /// <returns>The verdicts for 四级 and 三级.</returns>
    public static TwoLevelVerdicts From(LevelVerdicts verdicts) => new(verdicts[SkillLevel.Level4], verdicts[SkillLevel.Level3]);

    /// <summary>Folds the verdicts into a number, for a benchmark to consume.</summary>
    /// <returns>A number from 0 to 8.</returns>
    public int Checksum() => ((int)Level4 * 3) + (int)Level3;
}
