namespace LaborStandard.Model;

/// <summary>The dotted codes of the standard (<c>2</c>, <c>2.4</c>, <c>2.4.2</c>) and how they nest.</summary>
internal static class Codes
{
    public static bool IsWellFormed(string code, int parts)
    {
        var seen = 0;
        var digitsInPart = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '.')
            {
                if (digitsInPart == 0)
                {
                    return false;
                }

                seen++;
                digitsInPart = 0;
            }
            else if (c is >= '0' and <= '9')
            {
                // No leading zero: "02" and "0" are not codes.
                if (digitsInPart == 0 && c == '0')
                {
                    return false;
                }

                digitsInPart++;
            }
            else
            {
                return false;
            }
        }

        return digitsInPart > 0 && seen + 1 == parts;
    }

    /// <summary>Whether <paramref name="child"/> sits directly under <paramref name="parent"/> (<c>2.4.2</c> under <c>2.4</c>).</summary>
    public static bool IsDirectlyUnder(string child, string parent)
        => child.Length > parent.Length + 1
           && child.StartsWith(parent, StringComparison.Ordinal)
           && child[parent.Length] == '.'
           && child.IndexOf('.', parent.Length + 1) < 0;

    /// <summary>The code one level up: <c>2.4</c> for <c>2.4.2</c>, <c>2</c> for <c>2.4</c>.</summary>
    public static string Parent(string code) => code[..code.LastIndexOf('.')];
}
