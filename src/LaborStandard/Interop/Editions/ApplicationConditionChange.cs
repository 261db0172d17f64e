using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// An application condition of a level (申报条件, clause 1.9.1) was added, removed or reworded, or the sentence that
/// introduces them changed.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class ApplicationConditionChange : StandardChange
{
    internal ApplicationConditionChange(SkillLevel level, int? number, LocalizedText? before, LocalizedText? after)
        : base(ChangeKind.ApplicationConditionChanged, "1.9.1", level)
    {
        Number = number;
        Before = before;
        After = after;
    }

    /// <summary>Gets the number of the condition, 1 for （1）, or <see langword="null"/> for the introducing sentence.</summary>
    public int? Number { get; }

    /// <summary>Gets the old text, or <see langword="null"/> when the condition was added.</summary>
    public LocalizedText? Before { get; }

    /// <summary>Gets the new text, or <see langword="null"/> when the condition was removed.</summary>
    public LocalizedText? After { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is ApplicationConditionChange o && SameHead(o) && Number == o.Number && Equals(Before, o.Before) && Equals(After, o.After);

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
