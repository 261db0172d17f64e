using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A skill or knowledge requirement (技能要求, 相关知识要求) of a level was added, removed, reworded, moved to another
/// work content or function, recoded within its work content, or its corrections or footnote changed.
/// </summary>
/// <remarks>
/// <para>
/// Requirements are matched within a level and kind: first by code and text, then by text alone (a different code is a
/// move, or a recoding when the work content stays), then by code alone (a different text is a rewording). What is
/// left is added or removed. A requirement that changed both its place and its words is therefore removed and added.
/// </para>
/// <para><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the requirement in each edition; <see langword="null"/> when it was added or removed. Immutable and thread-safe; equality is by value.</para>
/// </remarks>
public sealed class RequirementChange : ValueChange<Requirement?>
{
    internal RequirementChange(ChangeKind kind, Requirement? before, Requirement? after)
        : base(kind, (after ?? before)!.Clause, (after ?? before)!.Level, before, after)
    {
        RequirementKind = (after ?? before)!.Kind;
    }

    /// <summary>Gets whether a skill or a knowledge requirement changed.</summary>
    public RequirementKind RequirementKind { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is RequirementChange o && SameValues(o);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var what = RequirementKind == RequirementKind.Skill ? new LocalizedText("技能要求", "skill") : new LocalizedText("相关知识要求", "knowledge");
            var level = ChangeWords.LevelPrefix(Level);
            var text = (After ?? Before)!.Text;
            LocalizedText Line(string chinese, string english) => new($"{level.Chinese}{what.Chinese} {chinese}", $"{level.English}{what.English} {english}");
            return Kind switch
            {
                ChangeKind.RequirementAdded => Line($"{Clause} 新增：「{text.Chinese}」", $"{Clause} added: \"{text.English}\""),
                ChangeKind.RequirementRemoved => Line($"{Clause} 删除：「{text.Chinese}」", $"{Clause} removed: \"{text.English}\""),
                ChangeKind.RequirementReworded => Reworded(),
                ChangeKind.RequirementMoved => Line($"移动 {Before!.Clause} → {Clause}：「{text.Chinese}」", $"moved {Before!.Clause} → {Clause}: \"{text.English}\""),
                ChangeKind.RequirementRecoded => Line($"改编号 {Before!.Clause} → {Clause}：「{text.Chinese}」", $"recoded {Before!.Clause} → {Clause}: \"{text.English}\""),
                _ => Line($"{Clause} 更正或脚注：[{Notes(Before!)}] → [{Notes(After!)}]", $"{Clause} corrections or footnote: [{Notes(Before!)}] → [{Notes(After!)}]"),
            };

            LocalizedText Reworded()
            {
                var show = ChangeWords.Show(Before!.Text, After!.Text);
                return Line($"{Clause} 改写：{show.Chinese}", $"{Clause} reworded: {show.English}");
            }
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var what = $"{LevelPrefix}{(RequirementKind == RequirementKind.Skill ? "skill" : "knowledge")}";
        return Kind switch
        {
            ChangeKind.RequirementAdded => $"{what} {Clause} added: 「{After!.Text.Chinese}」",
            ChangeKind.RequirementRemoved => $"{what} {Clause} removed: 「{Before!.Text.Chinese}」",
            ChangeKind.RequirementReworded => $"{what} {Clause} reworded: {Show(Before!.Text, After!.Text)}",
            ChangeKind.RequirementMoved => $"{what} moved {Before!.Clause} → {Clause}: 「{After!.Text.Chinese}」",
            ChangeKind.RequirementRecoded => $"{what} recoded {Before!.Clause} → {Clause}: 「{After!.Text.Chinese}」",
            _ => $"{what} {Clause} corrections or footnote: [{Notes(Before!)}] → [{Notes(After!)}]",
        };
    }

    private static string Notes(Requirement requirement)
        => string.Join("; ", requirement.Corrections.Select(c => c.ToString()).Concat(requirement.Footnote is { } f ? [f.Marker + " " + f.Anchor] : []));
}
