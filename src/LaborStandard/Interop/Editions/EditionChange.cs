using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>A field of the edition changed: occupation code, status, language or version.</summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the field's values (a status by its name, e.g. <c>DraftForComment</c>). Immutable and thread-safe; equality is by value.</remarks>
public sealed class EditionChange : ValueChange<string>
{
    internal EditionChange(EditionField field, string before, string after)
        : base(ChangeKind.EditionChanged, "edition", level: null, before, after)
    {
        Field = field;
    }

    /// <summary>Gets the field that changed.</summary>
    public EditionField Field { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is EditionChange o && SameValues(o) && Field == o.Field;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Field, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var name = ChangeWords.Field(Field);
            if (Field == EditionField.Status)
            {
                var (before, after) = (ChangeWords.Value(Before), ChangeWords.Value(After));
                return Say($"{name.Chinese}：{before.Chinese} → {after.Chinese}", $"{name.English}: {before.English} → {after.English}");
            }

            // Codes, languages and versions are data, quoted as they are.
            return Say($"{name.Chinese}：「{Before}」→「{After}」", $"{name.English}: \"{Before}\" → \"{After}\"");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"edition {Field}: {Before} → {After}";
}
