using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A level, occupational function or work content was added or removed, or a function or work content kept its code
/// under another name. What an added or removed part holds is reported as well, item by item.
/// </summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the part's names (a level's title); <see langword="null"/> when the part was added or removed. Immutable and thread-safe; equality is by value.</remarks>
public sealed class StructureChange : ValueChange<LocalizedText?>
{
    internal StructureChange(ChangeKind kind, string clause, SkillLevel level, string code, LocalizedText? before, LocalizedText? after)
        : base(kind, clause, level, before, after)
    {
        Code = code;
    }

    /// <summary>Gets the code of the part: <c>2</c> for a function, <c>2.4</c> for a work content, the rank (<c>4</c>) for a level.</summary>
    public string Code { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is StructureChange o && SameValues(o) && string.Equals(Code, o.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Clause, Level, Code, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var what = Kind switch
            {
                ChangeKind.LevelAdded or ChangeKind.LevelRemoved => new LocalizedText("等级", "level"),
                ChangeKind.FunctionAdded or ChangeKind.FunctionRemoved or ChangeKind.FunctionRenamed => new LocalizedText("职业功能", "function"),
                _ => new LocalizedText("工作内容", "work content"),
            };
            var show = ChangeWords.Show(Before, After);
            return Say($"{what.Chinese} {show.Chinese}", $"{what.English} {show.English}");
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var what = Kind switch
        {
            ChangeKind.LevelAdded or ChangeKind.LevelRemoved => "level",
            ChangeKind.FunctionAdded or ChangeKind.FunctionRemoved or ChangeKind.FunctionRenamed => "function",
            _ => "work content",
        };
        return $"{LevelPrefix}{Clause} {what} {Show(Before, After)}";
    }
}
