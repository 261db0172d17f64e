using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// 职业概况 — the occupation overview of clauses 1.1 to 1.8: name, code, definition, levels, environment, ability
/// traits, general education and training hours.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class OccupationOverview : IEquatable<OccupationOverview>
{
    private static readonly LocalizedText NoLevel = new("标准至少应定义一个等级。", "a standard defines at least one level.");
    private static readonly LocalizedText JuniorFirst = new("各等级应由低到高排列（四级在三级之前）。", "levels are listed junior first (四级 before 三级).");

    /// <summary>Creates an overview.</summary>
    /// <param name="name">1.1 职业（工种）名称, as printed.</param>
    /// <param name="nameCorrections">Misprints of the name, kept beside it.</param>
    /// <param name="code">1.2 职业编码, e.g. <c>3-01-01-02</c>.</param>
    /// <param name="definition">1.3 职业（工种）定义.</param>
    /// <param name="levelsText">1.4 职业技能等级, the paragraph as printed.</param>
    /// <param name="levels">The levels the standard defines (1.4) with their titles and training hours (1.8), junior first.</param>
    /// <param name="environment">1.5 职业环境条件.</param>
    /// <param name="abilityTraits">1.6 职业能力特征.</param>
    /// <param name="generalEducation">1.7 普通受教育程度.</param>
    /// <param name="trainingHoursText">1.8 培训参考学时, the paragraph as printed.</param>
    /// <exception cref="ModelRuleException">A value is missing, a level appears twice, or the levels are not junior first.</exception>
    public OccupationOverview(
        LocalizedText name,
        ImmutableArray<Correction> nameCorrections,
        string code,
        LocalizedText definition,
        LocalizedText levelsText,
        ImmutableArray<LevelDefinition> levels,
        LocalizedText environment,
        LocalizedText abilityTraits,
        LocalizedText generalEducation,
        LocalizedText trainingHoursText)
    {
        Name = Invariant.NotNull(name, "name");
        NameCorrections = Correction.Check(nameCorrections, "nameCorrections", t => t == CorrectionTarget.Text ? name.Chinese : null);
        Code = OccupationCodes.Check(code, "code");
        Definition = Invariant.NotNull(definition, "definition");
        LevelsText = Invariant.NotNull(levelsText, "levelsText");
        Levels = Invariant.Items(levels, "levels");
        Invariant.Require(!levels.IsEmpty, StandardRules.Required, "levels", NoLevel);
        for (var i = 1; i < levels.Length; i++)
        {
            Invariant.Require(levels[i].Level != levels[i - 1].Level, StandardRules.LevelUnique, Invariant.Indexed("levels", i) + ".level", $"{levels[i].Level}定义了两次。", $"{levels[i].Level} is defined twice.");
            Invariant.Require(levels[i].Level > levels[i - 1].Level, StandardRules.LevelDefined, Invariant.Indexed("levels", i) + ".level", JuniorFirst);
        }

        Environment = Invariant.NotNull(environment, "environment");
        AbilityTraits = Invariant.NotNull(abilityTraits, "abilityTraits");
        GeneralEducation = Invariant.NotNull(generalEducation, "generalEducation");
        TrainingHoursText = Invariant.NotNull(trainingHoursText, "trainingHoursText");
    }

    /// <summary>Gets 1.1, the occupation's name as printed: 社区工作者（劳动保障专理员）.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the misprints of the name, kept beside it.</summary>
    public ImmutableArray<Correction> NameCorrections { get; }

    /// <summary>Gets the corrected reading of the name in Chinese, or the printed name when nothing is corrected.</summary>
    public string CorrectedName => Correction.Of(NameCorrections, CorrectionTarget.Text)?.Corrected ?? Name.Chinese;

    /// <summary>Gets 1.2, the occupation code: <c>3-01-01-02</c>.</summary>
    public string Code { get; }

    /// <summary>Gets 1.3, the definition of the occupation.</summary>
    public LocalizedText Definition { get; }

    /// <summary>Gets 1.4, the paragraph on skill levels as printed.</summary>
    public LocalizedText LevelsText { get; }

    /// <summary>Gets the levels the standard defines, junior first (四级, then 三级).</summary>
    public ImmutableArray<LevelDefinition> Levels { get; }

    /// <summary>Gets 1.5, the working environment.</summary>
    public LocalizedText Environment { get; }

    /// <summary>Gets 1.6, the ability traits.</summary>
    public LocalizedText AbilityTraits { get; }

    /// <summary>Gets 1.7, the general education.</summary>
    public LocalizedText GeneralEducation { get; }

    /// <summary>Gets 1.8, the paragraph on training hours as printed.</summary>
    public LocalizedText TrainingHoursText { get; }

    /// <summary>Finds the definition of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The definition, or <see langword="null"/> when the standard does not define the level.</returns>
    public LevelDefinition? FindLevel(SkillLevel level) => Sequence.ForLevel(Levels, level);

    /// <inheritdoc />
    public bool Equals(OccupationOverview? other)
        => other is not null
           && Name.Equals(other.Name)
           && Sequence.Equal(NameCorrections, other.NameCorrections)
           && string.Equals(Code, other.Code, StringComparison.Ordinal)
           && Definition.Equals(other.Definition)
           && LevelsText.Equals(other.LevelsText)
           && Sequence.Equal(Levels, other.Levels)
           && Environment.Equals(other.Environment)
           && AbilityTraits.Equals(other.AbilityTraits)
           && GeneralEducation.Equals(other.GeneralEducation)
           && TrainingHoursText.Equals(other.TrainingHoursText);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OccupationOverview);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Code, Sequence.Hash(Levels));

    /// <summary>Returns the code and name.</summary>
    /// <returns>For example "3-01-01-02 社区工作者（劳动保障专理员）".</returns>
    public override string ToString() => $"{Code} {Name.Chinese}";
}
