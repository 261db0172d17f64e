using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A weight of a weight table changed (chapter 4: 4.1 theory knowledge, 4.2 skills) for one level, or a row was added or
/// removed (reported once per level it weighs).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class WeightChange : StandardChange
{
    internal WeightChange(string clause, AssessmentKind table, WeightTarget target, LocalizedText item, SkillLevel level, int? before, int? after)
        : base(ChangeKind.WeightChanged, clause, level)
    {
        Table = table;
        Target = target;
        Item = item;
        Before = before;
        After = after;
    }

    /// <summary>Gets the table: theory knowledge (4.1) or skills (4.2).</summary>
    public AssessmentKind Table { get; }

    /// <summary>Gets the part of the standard the row weighs.</summary>
    public WeightTarget Target { get; }

    /// <summary>Gets the row's item as the newer edition prints it, e.g. 就业创业服务.</summary>
    public LocalizedText Item { get; }

    /// <summary>Gets the old weight in per cent, or <see langword="null"/> when the row or level was added.</summary>
    public int? Before { get; }

    /// <summary>Gets the new weight in per cent, or <see langword="null"/> when the row or level was removed.</summary>
    public int? After { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is WeightChange o && SameHead(o) && Table == o.Table && Target.Equals(o.Target) && Item.Equals(o.Item) && Before == o.Before && After == o.After;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Level, Table, Target, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var (before, after) = (ChangeWords.Percent(Before), ChangeWords.Percent(After));
            var table = ChangeWords.Assessment(Table);
            return Say(
                $"{table.Chinese}比重 {Item.Chinese}（{Target.Code}）：{before.Chinese} → {after.Chinese}",
                $"{table.English} weight of {Item.English} ({Target.Code}): {before.English} → {after.English}");
        }
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{LevelPrefix}{Clause} {Item.Chinese} ({Target}): {Percent(Before)} → {Percent(After)}");

    private static string Percent(int? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v}%") : "none";
}
