namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// The words accepted for the values of one column (本科, bachelor …), matched as headers are: surrounding and inner
/// spaces, full-width forms and case are ignored. Small tables, scanned without allocating.
/// </summary>
/// <typeparam name="T">The value named.</typeparam>
internal sealed class NameTable<T>
{
    private readonly (string Folded, T Value)[] _entries;

    /// <summary>Creates a table.</summary>
    /// <param name="entries">Each name and its value; the Chinese and English names people should write come first, in <paramref name="shown"/>.</param>
    /// <param name="shown">The names listed in messages as accepted, Chinese and English.</param>
    public NameTable((string Name, T Value)[] entries, Model.LocalizedText shown)
    {
        _entries = [.. entries.Select(e => (TextFold.Folded(e.Name, dropSpaces: true), e.Value))];
        Accepted = shown;
    }

    /// <summary>Gets what the messages list as accepted.</summary>
    public Model.LocalizedText Accepted { get; }

    /// <summary>Finds the value a cell names.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="value">The value named.</param>
    /// <returns>Whether the cell names one.</returns>
    public bool TryFind(ReadOnlySpan<char> text, out T value)
    {
        Span<char> buffer = stackalloc char[64];
        if (text.Length > buffer.Length)
        {
            value = default!;
            return false;
        }

        var folded = buffer[..TextFold.FoldInto(text, buffer, dropSpaces: true)];
        foreach (var (name, item) in _entries)
        {
            if (folded.SequenceEqual(name))
            {
                value = item;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
