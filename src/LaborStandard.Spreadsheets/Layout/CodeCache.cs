namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// Occupation codes as strings, shared: a list of candidates names the same few codes on every row, so a code is
/// allocated once and reused, not once a cell. A small direct-mapped cache; a miss only costs an allocation.
/// </summary>
internal sealed class CodeCache
{
    private readonly string?[] _codes = new string?[64];

    /// <summary>Gets the string of a code.</summary>
    /// <param name="code">The code, already checked and folded.</param>
    /// <returns>A string equal to it.</returns>
    public string Get(ReadOnlySpan<char> code)
    {
        var slot = (int)((uint)string.GetHashCode(code) % (uint)_codes.Length);
        var cached = _codes[slot];
        if (cached is not null && code.SequenceEqual(cached))
        {
            return cached;
        }

        cached = new string(code);
        _codes[slot] = cached;
        return cached;
    }
}
