using System.Globalization;

namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// The JSON path of a value a cell fills (<c>$.work[2].from</c>), kept as its parts and written out only when an
/// error needs it, so that reading a valid row builds no string.
/// </summary>
/// <param name="List">The list, such as <c>$.work</c>, or the whole path when <paramref name="Index"/> is negative.</param>
/// <param name="Index">The entry's index in the list, or -1.</param>
/// <param name="Member">The member of the entry, such as <c>from</c>, or <see langword="null"/> for the entry itself.</param>
internal readonly record struct EntryPath(string List, int Index = -1, string? Member = null)
{
    /// <summary>The path of a member of this entry.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The path.</returns>
    public EntryPath Of(string member) => this with { Member = member };

    /// <summary>Writes the path.</summary>
    /// <returns>For example <c>$.work[2].from</c>.</returns>
    public override string ToString()
        => Index < 0
            ? (Member is null ? List : List + "." + Member)
            : string.Create(CultureInfo.InvariantCulture, $"{List}[{Index}]{(Member is null ? string.Empty : "." + Member)}");

    /// <summary>A whole path given as a string.</summary>
    /// <param name="path">The path.</param>
    public static implicit operator EntryPath(string path) => new(path);
}
