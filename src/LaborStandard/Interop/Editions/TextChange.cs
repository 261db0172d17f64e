using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A text other than a requirement's changed (a heading, the overview of chapter 1, a paragraph of 1.9, a basic
/// requirement of chapter 2, a table heading or label), or a heading, section, topic or item was added or removed.
/// </summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the texts; <see langword="null"/> when the text was added or removed. Immutable and thread-safe; equality is by value.</remarks>
public sealed class TextChange : PartChange<LocalizedText?>
{
    internal TextChange(string clause, string part, LocalizedText? before, LocalizedText? after, SkillLevel? level = null, LocalizedText? partName = null)
        : base(ChangeKind.TextChanged, clause, part, level, before, after, partName)
    {
    }

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var part = PartName;
            var show = ChangeWords.Show(Before, After);
            return Say($"{part.Chinese}：{show.Chinese}", $"{part.English}: {show.English}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{LevelPrefix}{Clause} {Part}: {Show(Before, After)}";
}
