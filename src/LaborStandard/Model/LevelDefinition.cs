using System.Collections.Immutable;
using System.Globalization;

namespace LaborStandard.Model;

/// <summary>
/// A skill level as a standard defines it: its rank (clause 1.4), the title the standard gives it
/// (e.g. 中级劳动保障专理员 for 四级) and its standard training hours (培训参考学时, clause 1.8).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class LevelDefinition : IEquatable<LevelDefinition>, ILevelled
{
    /// <summary>Creates a level definition.</summary>
    /// <param name="level">The rank.</param>
    /// <param name="title">The title the standard gives the level, as printed.</param>
    /// <param name="titleCorrections">Misprints of the title, kept beside it.</param>
    /// <param name="trainingHours">The standard training hours (标准学时) of clause 1.8; greater than zero.</param>
    /// <exception cref="ModelRuleException">A value is missing or out of range.</exception>
    public LevelDefinition(SkillLevel level, LocalizedText title, ImmutableArray<Correction> titleCorrections, int trainingHours)
    {
        Level = Invariant.Level(level, "level");
        Title = Invariant.NotNull(title, "title");
        TitleCorrections = Correction.Check(titleCorrections, "titleCorrections", t => t == CorrectionTarget.Text ? title.Chinese : null);
        TrainingHours = Invariant.Positive(trainingHours, "trainingHours");
    }

    /// <summary>Gets the rank.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the title the standard gives the level, as printed (e.g. 中级劳动保障专理员).</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the misprints of the title, kept beside it.</summary>
    public ImmutableArray<Correction> TitleCorrections { get; }

    /// <summary>Gets the corrected reading of the title in Chinese, or the printed title when nothing is corrected.</summary>
    public string CorrectedTitle => Correction.Of(TitleCorrections, CorrectionTarget.Text)?.Corrected ?? Title.Chinese;

    /// <summary>Gets the standard training hours of the level (clause 1.8): 100 for 四级, 80 for 三级.</summary>
    public int TrainingHours { get; }

    /// <inheritdoc />
    public bool Equals(LevelDefinition? other)
        => other is not null
           && Level == other.Level
           && Title.Equals(other.Title)
           && Sequence.Equal(TitleCorrections, other.TitleCorrections)
           && TrainingHours == other.TrainingHours;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LevelDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Title, TrainingHours);

    /// <summary>Returns the level, its title and hours.</summary>
    /// <returns>For example "四级/中级工 中级劳动保障专理员 (100 标准学时)".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Level} {Title.Chinese} ({TrainingHours} 标准学时)");
}
