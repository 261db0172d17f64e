using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>The verdict for each level, packed in a value with no allocation, for bulk screening.</summary>
/// <remarks>Levels the rules do not define read as <see cref="Verdict.NotEligible"/>. Immutable and thread-safe.</remarks>
public readonly struct LevelVerdicts : IEquatable<LevelVerdicts>
{
    private readonly ushort _bits;

    private LevelVerdicts(ushort bits) => _bits = bits;

    /// <summary>Gets the verdict for a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The verdict; <see cref="Verdict.NotEligible"/> for a level without a rule.</returns>
    public Verdict this[SkillLevel level] => level.IsDefined ? (Verdict)((_bits >> (2 * (level.Rank - 1))) & 0b11) : Verdict.NotEligible;

    /// <summary>Gets the most senior level whose verdict is <see cref="Verdict.Eligible"/>, or <see langword="null"/>.</summary>
    public SkillLevel? HighestEligible
    {
        get
        {
            for (var rank = 1; rank <= SkillLevel.RankCount; rank++)
            {
                var level = SkillLevel.FromRank(rank);
                if (this[level] == Verdict.Eligible)
                {
                    return level;
                }
            }

            return null;
        }
    }

    /// <inheritdoc />
    public bool Equals(LevelVerdicts other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LevelVerdicts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits;

    /// <summary>Returns the verdicts of levels 5 to 1.</summary>
    /// <returns>For example "五级 NotEligible, 四级 Eligible, 三级 NotEligible, 二级 NotEligible, 一级 NotEligible".</returns>
    public override string ToString()
    {
        var self = this;
        return string.Join(", ", SkillLevel.All.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.ChineseName} {self[l]}")));
    }

    /// <summary>Whether two sets of verdicts are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(LevelVerdicts left, LevelVerdicts right) => left.Equals(right);

    /// <summary>Whether two sets of verdicts differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(LevelVerdicts left, LevelVerdicts right) => !left.Equals(right);

    internal LevelVerdicts With(SkillLevel level, Verdict verdict)
    {
        var shift = 2 * (level.Rank - 1);
        return new LevelVerdicts((ushort)((_bits & ~(0b11 << shift)) | ((int)verdict << shift)));
    }
}
