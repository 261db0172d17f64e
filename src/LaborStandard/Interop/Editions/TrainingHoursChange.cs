using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>The standard training hours of a level changed (培训参考学时, clause 1.8).</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class TrainingHoursChange : StandardChange
{
    internal TrainingHoursChange(SkillLevel level, int before, int after)
        : base(ChangeKind.TrainingHoursChanged, "1.8", level)
    {
        Before = before;
        After = after;
    }

    /// <summary>Gets the old hours.</summary>
    public int Before { get; }

    /// <summary>Gets the new hours.</summary>
    public int After { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other) => other is TrainingHoursChange o && SameHead(o) && Before == o.Before && After == o.After;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
        => Say(
            string.Create(CultureInfo.InvariantCulture, $"培训学时：{Before} → {After} 标准学时"),
            string.Create(CultureInfo.InvariantCulture, $"training hours: {Before} → {After} standard hours"));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{LevelPrefix}{Clause} training hours: {Before} → {After} 标准学时");
}
