using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// The layout of the standard changed without a text or figure changing: a table's clause number (3.1, 4.1), or the
/// order in which parts with the same codes are listed.
/// </summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the layouts: a clause number, or the codes in their order. Immutable and thread-safe; equality is by value.</remarks>
public sealed class LayoutChange : PartChange<string>
{
    internal LayoutChange(string clause, string part, string before, string after, Model.SkillLevel? level = null, LocalizedText? partName = null)
        : base(ChangeKind.LayoutChanged, clause, part, level, before, after, partName)
    {
    }

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var part = PartName;
            return Say($"{part.Chinese}：{Before} → {After}", $"{part.English}: {Before} → {After}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{LevelPrefix}{Clause} {Part}: {Before} → {After}";
}
