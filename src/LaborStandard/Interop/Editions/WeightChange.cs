using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A weight of a weight table changed (chapter 4: 4.1 theory knowledge, 4.2 skills) for one level, or a row was added or
/// removed (reported once per level it weighs).
/// </summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the weights in per cent; <see langword="null"/> when the row or level was added or removed. Immutable and thread-safe; equality is by value.</remarks>
public sealed class WeightChange : ValueChange<int?>
{
    // The weight table's title as the standard prints it, taken from the data by the comparer.
    private readonly LocalizedText _tableTitle;

    internal WeightChange(string clause, AssessmentKind table, WeightTarget target, LocalizedText item, SkillLevel level, int? before, int? after, LocalizedText tableTitle)
        : base(ChangeKind.WeightChanged, clause, level, before, after)
    {
        Table = table;
        _tableTitle = tableTitle;
        Target = target;
        Item = item;
    }

    /// <summary>Gets the table: theory knowledge (4.1) or skills (4.2).</summary>
    public AssessmentKind Table { get; }

    /// <summary>Gets the part of the standard the row weighs.</summary>
    public WeightTarget Target { get; }

    /// <summary>Gets the row's item as the newer edition prints it, e.g. 就业创业服务.</summary>
    public LocalizedText Item { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is WeightChange o && SameValues(o) && Table == o.Table && Target.Equals(o.Target) && Item.Equals(o.Item);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, Table, Target, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var (before, after) = (ChangeWords.Percent(Before), ChangeWords.Percent(After));
            return Say(
                $"{_tableTitle.Chinese} {Item.Chinese}（{Target.Code}）：{before.Chinese} → {after.Chinese}",
                $"{_tableTitle.English}, {Item.English} ({Target.Code}): {before.English} → {after.English}");
        }
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{LevelPrefix}{Clause} {Item.Chinese} ({Target}): {Percent(Before)} → {Percent(After)}");

    private static string Percent(int? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v}%") : "none";
}
