using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace LaborStandard.Model;

/// <summary>
/// 工作要求 — chapter 3: the work requirements of every level, with look-ups by code and by words.
/// </summary>
/// <remarks>
/// <para>
/// 高级别涵盖低级别的要求 (a higher level covers the requirements of the lower ones): <see cref="ForLevel"/> returns a
/// level's own table; <see cref="Cumulative"/> returns it together with every lower level's table it covers.
/// </para>
/// <para>Look-ups by code are constant-time. Immutable and thread-safe; equality is by value.</para>
/// </remarks>
public sealed class WorkRequirements : IEquatable<WorkRequirements>
{
    private static readonly LocalizedText JuniorFirst = new("各表应按等级由低到高排列（四级在三级之前）。", "tables are listed junior first (四级 before 三级).");

    private readonly FrozenDictionary<string, ImmutableArray<Requirement>>[] _byCode;

    /// <summary>Creates the work requirements.</summary>
    /// <param name="preamble">The sentence that opens chapter 3, as printed.</param>
    /// <param name="levels">The tables of the levels, junior first (四级, then 三级); each level appears once.</param>
    /// <exception cref="ModelRuleException">A value is missing, or a level repeats or is out of order.</exception>
    public WorkRequirements(LocalizedText preamble, ImmutableArray<LevelRequirements> levels)
    {
        Preamble = Invariant.NotNull(preamble, "preamble");
        Levels = Invariant.Items(levels, "levels");
        for (var i = 1; i < levels.Length; i++)
        {
            var at = Invariant.Indexed("levels", i) + ".level";
            Invariant.Require(levels[i].Level != levels[i - 1].Level, StandardRules.LevelUnique, at, $"{levels[i].Level}有两张表。", $"{levels[i].Level} has two tables.");
            Invariant.Require(levels[i].Level > levels[i - 1].Level, StandardRules.LevelDefined, at, JuniorFirst);
        }

        _byCode = new FrozenDictionary<string, ImmutableArray<Requirement>>[SkillLevel.RankCount + 1];
        for (var rank = 0; rank < _byCode.Length; rank++)
        {
            _byCode[rank] = FrozenDictionary<string, ImmutableArray<Requirement>>.Empty;
        }

        foreach (var table in levels)
        {
            _byCode[table.Level.Rank] = IndexByCode(table);
        }
    }

    /// <summary>Gets the sentence that opens chapter 3, as printed (… 依次递进，高级别涵盖低级别的要求。).</summary>
    public LocalizedText Preamble { get; }

    /// <summary>Gets the tables of the levels, junior first.</summary>
    public ImmutableArray<LevelRequirements> Levels { get; }

    /// <summary>Gets a level's own table (3.1 for 四级, 3.2 for 三级), without what it covers from lower levels.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The table, or <see langword="null"/> when the standard has none for the level.</returns>
    public LevelRequirements? ForLevel(SkillLevel level) => Sequence.ForLevel(Levels, level);

    /// <summary>
    /// Gets a level's table together with the tables of every lower level it covers (高级别涵盖低级别的要求), junior first:
    /// for 三级, the 四级 table and then the 三级 table.
    /// </summary>
    /// <param name="level">The level.</param>
    /// <returns>The tables, junior first; empty when the standard defines no table at or below the level.</returns>
    public ImmutableArray<LevelRequirements> Cumulative(SkillLevel level) => [.. Levels.Where(t => level.Covers(t.Level))];

    /// <summary>Gets every requirement of one kind that a level asks for, its own and those of the levels it covers, junior first.</summary>
    /// <param name="level">The level.</param>
    /// <param name="kind">Skill or knowledge.</param>
    /// <returns>The requirements in printed order, lower levels first.</returns>
    public ImmutableArray<Requirement> CumulativeRequirements(SkillLevel level, RequirementKind kind)
        => [.. Cumulative(level).SelectMany(t => t.Of(kind))];

    /// <summary>
    /// Finds the requirements of a level whose code, printed or corrected, is <paramref name="code"/>: usually a skill
    /// and a knowledge item share a code. Items placed by the code come first, then items whose misprinted code reads so.
    /// </summary>
    /// <param name="level">The level whose own table is searched.</param>
    /// <param name="code">The code, e.g. <c>2.4.2</c>.</param>
    /// <returns>The items, or an empty array. The call is constant-time and allocates nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public ImmutableArray<Requirement> FindByCode(SkillLevel level, string code)
    {
        Guard.Against.Null(code);
        var rank = level.Rank;
        return _byCode[rank].TryGetValue(code, out var found) ? found : [];
    }

    /// <summary>
    /// Finds the requirement of a kind by code within a level: the item placed by that code, or else the item whose
    /// misprinted code reads so.
    /// </summary>
    /// <param name="level">The level whose own table is searched.</param>
    /// <param name="kind">Skill or knowledge.</param>
    /// <param name="code">The code, printed or corrected.</param>
    /// <returns>The requirement, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <example>
    /// <para>Finding one skill requirement of level 3 by its code.</para>
    /// <code language="csharp">
    /// var skill = Standards.Embedded.WorkRequirements.Find(SkillLevel.Level3, RequirementKind.Skill, "2.4.2");
    /// Console.WriteLine($"{skill!.Clause} {skill.Text.Chinese}");   // 3.2 / 2.4.2 能够协助创业担保贷款担保机构、经办金融机构催收到期贷款
    /// </code>
    /// </example>
    public Requirement? Find(SkillLevel level, RequirementKind kind, string code)
    {
        foreach (var item in FindByCode(level, code))
        {
            if (item.Kind == kind)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds requirements whose text contains every word of <paramref name="words"/> (split at white space), in Chinese
    /// (ordinal) or English (ignoring case), printed or corrected.
    /// </summary>
    /// <param name="words">The words searched for.</param>
    /// <param name="level">Only this level's own table, or every level when <see langword="null"/>.</param>
    /// <returns>The matches, junior level first and in printed order.</returns>
    /// <exception cref="ArgumentException"><paramref name="words"/> is null, empty or blank.</exception>
    public ImmutableArray<Requirement> Search(string words, SkillLevel? level = null)
    {
        Guard.Against.NullOrWhiteSpace(words);
        var terms = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return
        [
            .. Levels
                .Where(t => level is null || t.Level == level.Value)
                .SelectMany(t => t.Functions)
                .SelectMany(f => f.WorkContents)
                .SelectMany(w => w.Skills.Concat(w.Knowledge))
                .Where(r => terms.All(term => r.Text.Contains(term) || r.CorrectedText.Contains(term, StringComparison.Ordinal))),
        ];
    }

    /// <inheritdoc />
    public bool Equals(WorkRequirements? other)
        => other is not null && Preamble.Equals(other.Preamble) && Sequence.Equal(Levels, other.Levels);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkRequirements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Preamble, Sequence.Hash(Levels));

    /// <summary>Returns the levels that have tables.</summary>
    /// <returns>For example "3.1 四级（…）/中级工; 3.2 三级（…）/高级工".</returns>
    public override string ToString() => string.Join("; ", Levels);

    private static FrozenDictionary<string, ImmutableArray<Requirement>> IndexByCode(LevelRequirements table)
    {
        var all = table.Skills.Concat(table.Knowledge).ToList();
        var codes = all.Select(r => r.Code).Concat(all.Select(r => r.PrintedCode)).Distinct(StringComparer.Ordinal);
        return codes.ToFrozenDictionary(
            code => code,
            code => all.Where(r => string.Equals(r.Code, code, StringComparison.Ordinal))
                .Concat(all.Where(r => r.IsCodeCorrected && string.Equals(r.PrintedCode, code, StringComparison.Ordinal)))
                .ToImmutableArray(),
            StringComparer.Ordinal);
    }
}
