using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LaborStandard.Model;

/// <summary>
/// 职业技能等级 — a rank of the national five-rank skill ladder: 五级/初级工 (level 5), 四级/中级工 (level 4),
/// 三级/高级工 (level 3), 二级/技师 (level 2) and 一级/高级技师 (level 1, the most senior).
/// </summary>
/// <remarks>
/// <para>
/// A standard uses some of the ranks (3-01-01-02 uses 四级 and 三级, clause 1.4); which ones it uses is data of the
/// standard, not of this type. Comparison follows seniority: <c>Level3 &gt; Level4</c>, because 三级 is the higher
/// level even though its number is smaller.
/// </para>
/// <para>The <see langword="default"/> value is not a level (<see cref="IsDefined"/> is false). Immutable and thread-safe.</para>
/// </remarks>
public readonly struct SkillLevel : IEquatable<SkillLevel>, IComparable<SkillLevel>, IComparable
{
    /// <summary>The number of ranks on the national ladder.</summary>
    public const int RankCount = 5;

    private static readonly string[] ChineseNames = ["一级", "二级", "三级", "四级", "五级"];
    private static readonly string[] GradeNames = ["高级技师", "技师", "高级工", "中级工", "初级工"];
    private static readonly string[] EnglishGradeNames = ["senior technician", "technician", "senior worker", "intermediate worker", "junior worker"];
    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四", "五"];
    private static readonly LocalizedText[] Names = CreateNames();
    private static readonly LocalizedText UndefinedName = new("未定义", "undefined");

    private readonly byte _rank;

    private SkillLevel(int rank) => _rank = (byte)rank;

    /// <summary>Gets 五级/初级工, level 5, the entry rank.</summary>
    public static SkillLevel Level5 => new(5);

    /// <summary>Gets 四级/中级工, level 4.</summary>
    public static SkillLevel Level4 => new(4);

    /// <summary>Gets 三级/高级工, level 3.</summary>
    public static SkillLevel Level3 => new(3);

    /// <summary>Gets 二级/技师, level 2.</summary>
    public static SkillLevel Level2 => new(2);

    /// <summary>Gets 一级/高级技师, level 1, the most senior rank.</summary>
    public static SkillLevel Level1 => new(1);

    /// <summary>Gets all five ranks from the entry rank (五级) to the most senior (一级).</summary>
    public static IReadOnlyList<SkillLevel> All { get; } = [Level5, Level4, Level3, Level2, Level1];

    /// <summary>Gets the rank number as printed: 4 for 四级, 3 for 三级; 0 for the <see langword="default"/> value.</summary>
    public int Rank => _rank;

    /// <summary>Gets whether this is one of the five ranks (false only for the <see langword="default"/> value).</summary>
    public bool IsDefined => _rank is >= 1 and <= RankCount;

    /// <summary>Gets the Chinese rank name, e.g. <c>四级</c>.</summary>
    public string ChineseName => IsDefined ? ChineseNames[_rank - 1] : "未定义";

    /// <summary>Gets the Chinese grade name of the rank, e.g. <c>中级工</c>.</summary>
    public string GradeName => IsDefined ? GradeNames[_rank - 1] : "未定义";

    /// <summary>Gets the name in both languages, e.g. 四级/中级工 and "Level 4 / intermediate worker".</summary>
    public LocalizedText Name => IsDefined ? Names[_rank - 1] : UndefinedName;

    /// <summary>Creates the level of a rank number.</summary>
    /// <param name="rank">The rank number, 1 (一级) to 5 (五级).</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is not between 1 and 5.</exception>
    public static SkillLevel FromRank(int rank)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, RankCount);
        return new SkillLevel(rank);
    }

    /// <summary>
    /// Reads a level written as a rank number (<c>4</c>), a Chinese rank (<c>四级</c>), a grade (<c>中级工</c>),
    /// both (<c>四级/中级工</c>) or in English (<c>level 4</c>, <c>L4</c>).
    /// </summary>
    /// <param name="text">The text to read; surrounding white space is ignored.</param>
    /// <param name="level">The level read, or <see langword="default"/>.</param>
    /// <returns>Whether the text names a level.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SkillLevel level)
    {
        level = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var slash = s.IndexOfAny(['/', '∕']);
        if (slash > 0)
        {
            // "四级/中级工": both halves must name the same rank.
            if (TryParse(s[..slash], out var first) && TryParse(s[(slash + 1)..], out var second) && first == second)
            {
                level = first;
                return true;
            }

            return false;
        }

        for (var i = 0; i < RankCount; i++)
        {
            if (string.Equals(s, ChineseNames[i], StringComparison.Ordinal)
                || string.Equals(s, GradeNames[i], StringComparison.Ordinal)
                || string.Equals(s, ChineseNumerals[i] + "级工", StringComparison.Ordinal))
            {
                level = new SkillLevel(i + 1);
                return true;
            }
        }

        var digits = s;
        foreach (var prefix in (ReadOnlySpan<string>)["level", "L"])
        {
            if (digits.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                digits = digits[prefix.Length..].TrimStart();
                break;
            }
        }

        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank is >= 1 and <= RankCount)
        {
            level = new SkillLevel(rank);
            return true;
        }

        return false;
    }

    /// <summary>Reads a level as <see cref="TryParse"/> does.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> names no level.</exception>
    public static SkillLevel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var level)
            ? level
            : throw new FormatException($"{Invariant.Quote(text)} is not a skill level: write 1 to 5, 四级, 中级工, 四级/中级工 or 'level 4'.");
    }

    /// <summary>Whether this level is more senior than <paramref name="other"/> (三级 is above 四级).</summary>
    /// <param name="other">The level compared with.</param>
    /// <returns><see langword="true"/> when this level ranks above the other.</returns>
    public bool IsAbove(SkillLevel other) => CompareTo(other) > 0;

    /// <summary>Whether this level covers <paramref name="other"/>: it is the same level or a more senior one (高级别涵盖低级别).</summary>
    /// <param name="other">The level that may be covered.</param>
    /// <returns><see langword="true"/> when this level is the same as or above the other.</returns>
    public bool Covers(SkillLevel other) => CompareTo(other) >= 0;

    /// <inheritdoc />
    public bool Equals(SkillLevel other) => _rank == other._rank;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SkillLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _rank;

    /// <summary>Compares by seniority: a more senior level (smaller rank number) is greater; the default value is least.</summary>
    /// <param name="other">The level compared with.</param>
    /// <returns>Less than zero when this level is junior to <paramref name="other"/>, zero when equal, more than zero when senior.</returns>
    public int CompareTo(SkillLevel other) => Seniority.CompareTo(other.Seniority);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SkillLevel other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a SkillLevel.", nameof(obj)),
    };

    /// <summary>Returns the Chinese name, e.g. <c>四级/中级工</c>.</summary>
    /// <returns>The Chinese rank and grade name.</returns>
    public override string ToString() => Name.Chinese;

    private static LocalizedText[] CreateNames()
    {
        var names = new LocalizedText[RankCount];
        for (var i = 0; i < RankCount; i++)
        {
            names[i] = new LocalizedText(
                $"{ChineseNames[i]}/{GradeNames[i]}",
                string.Create(CultureInfo.InvariantCulture, $"Level {i + 1} / {EnglishGradeNames[i]}"));
        }

        return names;
    }

    private int Seniority => IsDefined ? RankCount + 1 - _rank : 0;

    /// <summary>Whether two levels are the same rank.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SkillLevel left, SkillLevel right) => left.Equals(right);

    /// <summary>Whether two levels differ.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SkillLevel left, SkillLevel right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is junior to <paramref name="right"/>.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether the first is junior.</returns>
    public static bool operator <(SkillLevel left, SkillLevel right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is senior to <paramref name="right"/>.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether the first is senior.</returns>
    public static bool operator >(SkillLevel left, SkillLevel right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is junior to or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether the first is not senior.</returns>
    public static bool operator <=(SkillLevel left, SkillLevel right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is senior to or the same as <paramref name="right"/>.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether the first is not junior.</returns>
    public static bool operator >=(SkillLevel left, SkillLevel right) => left.CompareTo(right) >= 0;
}
