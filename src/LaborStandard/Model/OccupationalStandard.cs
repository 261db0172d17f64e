using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace LaborStandard.Model;

/// <summary>
/// 国家职业技能标准 — a national occupational skill standard as typed, cited data: the edition, the occupation overview
/// (chapter 1), the basic requirements (chapter 2), the work requirements per level (chapter 3) and the weight tables
/// (chapter 4).
/// </summary>
/// <remarks>
/// <para>
/// The shipped standard, 3-01-01-02 社区工作者（劳动保障专理员）(征求意见稿), is loaded by
/// <c>LaborStandard.Standards.Embedded</c>; other editions and standards written to the same national template are
/// loaded from JSON documents by <c>LaborStandard.Serialization.StandardDocument</c>.
/// </para>
/// <para>
/// Construction checks that the parts agree: every level used is defined by the overview, every defined level has its
/// application conditions and work requirements, and each weight table weighs parts that exist. Immutable and
/// thread-safe: build once and share; equality is by value.
/// </para>
/// </remarks>
public sealed class OccupationalStandard : IEquatable<OccupationalStandard>
{
    /// <summary>Creates a standard.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="headings">The headings of the standard's sections, each clause once.</param>
    /// <param name="overview">Chapter 1, clauses 1.1 to 1.8.</param>
    /// <param name="assessment">Clause 1.9.</param>
    /// <param name="basicRequirements">Chapter 2.</param>
    /// <param name="workRequirements">Chapter 3.</param>
    /// <param name="weightTables">Chapter 4: one table per kind of assessment.</param>
    /// <exception cref="ModelRuleException">A part is missing, or the parts disagree.</exception>
    public OccupationalStandard(
        StandardEdition edition,
        ImmutableArray<SectionHeading> headings,
        OccupationOverview overview,
        AssessmentRequirements assessment,
        BasicRequirements basicRequirements,
        WorkRequirements workRequirements,
        ImmutableArray<WeightTable> weightTables)
    {
        Edition = Invariant.NotNull(edition, "edition");
        Headings = Invariant.Items(headings, "headings");
        for (var i = 0; i < headings.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(!string.Equals(headings[j].Clause, headings[i].Clause, StringComparison.Ordinal), StandardRules.CodeUnique, Invariant.Indexed("headings", i) + ".clause", $"{Invariant.QuoteZh(headings[i].Clause)}有两个标题。", $"'{headings[i].Clause}' has two headings.");
            }
        }

        Overview = Invariant.NotNull(overview, "overview");
        Assessment = Invariant.NotNull(assessment, "assessment");
        BasicRequirements = Invariant.NotNull(basicRequirements, "basicRequirements");
        WorkRequirements = Invariant.NotNull(workRequirements, "workRequirements");
        WeightTables = Invariant.Items(weightTables, "weightTables");

        Invariant.Require(
            string.Equals(overview.Code, edition.OccupationCode, StringComparison.Ordinal),
            StandardRules.Consistency,
            "overview.code",
            $"为{Invariant.QuoteZh(overview.Code)}，但版本信息中的职业编码为{Invariant.QuoteZh(edition.OccupationCode)}。",
            $"is '{overview.Code}' but the edition's occupation code is '{edition.OccupationCode}'.");
        CheckLevels();
        CheckWeightTables();
    }

    /// <summary>Gets the edition: title, occupation code, status, language and version.</summary>
    public StandardEdition Edition { get; }

    /// <summary>Gets the headings of the standard's sections, in printed order.</summary>
    public ImmutableArray<SectionHeading> Headings { get; }

    /// <summary>Gets chapter 1, clauses 1.1 to 1.8: the occupation overview.</summary>
    public OccupationOverview Overview { get; }

    /// <summary>Gets clause 1.9: application conditions and assessment parameters.</summary>
    public AssessmentRequirements Assessment { get; }

    /// <summary>Gets chapter 2: the basic requirements.</summary>
    public BasicRequirements BasicRequirements { get; }

    /// <summary>Gets chapter 3: the work requirements of each level.</summary>
    public WorkRequirements WorkRequirements { get; }

    /// <summary>Gets chapter 4: the weight tables, one per kind of assessment.</summary>
    public ImmutableArray<WeightTable> WeightTables { get; }

    /// <summary>Gets the levels the standard defines, junior first (四级, 三级).</summary>
    public ImmutableArray<LevelDefinition> Levels => Overview.Levels;

    /// <summary>Gets whether the standard defines a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when the overview defines it.</returns>
    public bool Defines(SkillLevel level) => Overview.FindLevel(level) is not null;

    /// <summary>Gets the definition of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The standard does not define <paramref name="level"/>.</exception>
    public LevelDefinition GetLevel(SkillLevel level)
        => Overview.FindLevel(level)
           ?? throw new ArgumentOutOfRangeException(nameof(level), level, $"The standard {Edition.OccupationCode} does not define {level}; it defines {Sequence.LevelsOf(Levels)}.");

    /// <summary>Gets the heading of a clause, e.g. 申报条件 for <c>1.9.1</c>.</summary>
    /// <param name="clause">The clause.</param>
    /// <returns>The heading, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clause"/> is null.</exception>
    public SectionHeading? FindHeading(string clause)
    {
        Guard.Against.Null(clause);
        foreach (var heading in Headings)
        {
            if (string.Equals(heading.Clause, clause, StringComparison.Ordinal))
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>Gets the weight table of a kind of assessment: 4.1 for theory, 4.2 for skills.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public WeightTable GetWeightTable(AssessmentKind kind)
    {
        foreach (var table in WeightTables)
        {
            if (table.Kind == kind)
            {
                return table;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of assessment.");
    }

    /// <inheritdoc />
    public bool Equals(OccupationalStandard? other)
        => other is not null
           && Edition.Equals(other.Edition)
           && Sequence.Equal(Headings, other.Headings)
           && Overview.Equals(other.Overview)
           && Assessment.Equals(other.Assessment)
           && BasicRequirements.Equals(other.BasicRequirements)
           && WorkRequirements.Equals(other.WorkRequirements)
           && Sequence.Equal(WeightTables, other.WeightTables);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OccupationalStandard);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Edition, Overview, WorkRequirements);

    /// <summary>Returns the edition.</summary>
    /// <returns>The title, occupation code and version.</returns>
    public override string ToString() => Edition.ToString();

    private void CheckLevels()
    {
        for (var i = 0; i < Assessment.ApplicationConditions.Length; i++)
        {
            var level = Assessment.ApplicationConditions[i].Level;
            Invariant.Require(Defines(level), StandardRules.LevelDefined, Invariant.Indexed("assessment.applicationConditions", i) + ".level", $"{level}未在职业概况（1.4）中定义。", $"{level} is not defined by the overview (1.4).");
        }

        for (var i = 0; i < WorkRequirements.Levels.Length; i++)
        {
            var level = WorkRequirements.Levels[i].Level;
            Invariant.Require(Defines(level), StandardRules.LevelDefined, Invariant.Indexed("workRequirements.levels", i) + ".level", $"{level}未在职业概况（1.4）中定义。", $"{level} is not defined by the overview (1.4).");
        }

        foreach (var definition in Levels)
        {
            Invariant.Require(Assessment.FindApplicationConditions(definition.Level) is not null, StandardRules.LevelDefined, "assessment.applicationConditions", $"{definition.Level}没有申报条件。", $"{definition.Level} has no application conditions.");
            Invariant.Require(WorkRequirements.ForLevel(definition.Level) is not null, StandardRules.LevelDefined, "workRequirements.levels", $"{definition.Level}没有工作要求。", $"{definition.Level} has no work requirements.");
        }
    }

    private void CheckWeightTables()
    {
        foreach (var kind in (ReadOnlySpan<AssessmentKind>)[AssessmentKind.Theory, AssessmentKind.Skill])
        {
            var count = WeightTables.Count(t => t.Kind == kind);
            Invariant.Require(count == 1, StandardRules.KindUnique, "weightTables", $"{ModelTexts.ChineseTable(kind)}应恰有一张，实有 {count} 张。", $"needs exactly one {kind} table, has {count}.");
        }

        for (var t = 0; t < WeightTables.Length; t++)
        {
            var table = WeightTables[t];
            var at = Invariant.Indexed("weightTables", t);
            foreach (var level in table.Levels)
            {
                Invariant.Require(Defines(level), StandardRules.LevelDefined, at + ".rows", $"列有{level}的比重，但职业概况（1.4）未定义该等级。", $"weighs {level}, which the overview (1.4) does not define.");
            }

            foreach (var definition in Levels)
            {
                Invariant.Require(table.Levels.Contains(definition.Level), StandardRules.LevelDefined, at + ".rows", $"没有{definition.Level}的比重。", $"has no weights for {definition.Level}.");
            }

            for (var r = 0; r < table.Rows.Length; r++)
            {
                var target = table.Rows[r].Target;
                var exists = target.Kind == WeightTargetKind.BasicRequirements
                    ? BasicRequirements.FindSection(target.Code) is not null
                    : table.Levels.All(l => WorkRequirements.ForLevel(l)?.FindFunction(target.Code) is not null);
                Invariant.Require(exists, StandardRules.WeightTarget, Invariant.Indexed(at + ".rows", r) + ".target", $"{ModelTexts.Chinese(target)}并非在此表所列的每个等级中都存在。", $"{target} does not exist in every level the table weighs.");
            }

            foreach (var function in table.Levels.Select(WorkRequirements.ForLevel).OfType<LevelRequirements>().SelectMany(l => l.Functions))
            {
                Invariant.Require(
                    table.Rows.Any(r => r.Target.Kind == WeightTargetKind.Function && string.Equals(r.Target.Code, function.Code, StringComparison.Ordinal)),
                    StandardRules.WeightTarget,
                    at + ".rows",
                    $"没有一行列出{function.Level}职业功能 {function.Code}（{function.Name.Chinese}）的比重。",
                    $"no row weighs function {function.Code} ({function.Name.Chinese}) of {function.Level}.");
            }
        }
    }
}
