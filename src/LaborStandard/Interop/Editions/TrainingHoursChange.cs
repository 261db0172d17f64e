using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>The standard training hours of a level changed (培训参考学时, clause 1.8).</summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the standard hours. Immutable and thread-safe; equality is by value.</remarks>
public sealed class TrainingHoursChange : ValueChange<int>
{
    internal TrainingHoursChange(SkillLevel level, int before, int after)
        : base(ChangeKind.TrainingHoursChanged, "1.8", level, before, after)
    {
    }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other) => other is TrainingHoursChange o && SameValues(o);

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
