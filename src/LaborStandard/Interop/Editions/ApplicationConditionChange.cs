using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// An application condition of a level (申报条件, clause 1.9.1) was added, removed or reworded, or the sentence that
/// introduces them changed.
/// </summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the condition's texts; <see langword="null"/> when the condition was added or removed. Immutable and thread-safe; equality is by value.</remarks>
public sealed class ApplicationConditionChange : ValueChange<LocalizedText?>
{
    internal ApplicationConditionChange(SkillLevel level, int? number, LocalizedText? before, LocalizedText? after)
        : base(ChangeKind.ApplicationConditionChanged, "1.9.1", level, before, after)
    {
        Number = number;
    }

    /// <summary>Gets the number of the condition, 1 for （1）, or <see langword="null"/> for the introducing sentence.</summary>
    public int? Number { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is ApplicationConditionChange o && SameValues(o) && Number == o.Number;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, Number, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var show = ChangeWords.Show(Before, After);
            return Number is { } n
                ? Say(string.Create(CultureInfo.InvariantCulture, $"申报条件（{n}）：{show.Chinese}"), string.Create(CultureInfo.InvariantCulture, $"condition ({n}): {show.English}"))
                : Say($"申报条件说明：{show.Chinese}", $"preamble of the conditions: {show.English}");
        }
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{LevelPrefix}{Clause} {(Number is { } n ? $"condition （{n}）" : "preamble")}: {Show(Before, After)}");
}
