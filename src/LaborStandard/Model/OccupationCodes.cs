namespace LaborStandard.Model;

/// <summary>Occupation codes of the national occupational classification: <c>3-01-01-02</c>, a digit and three pairs of digits.</summary>
internal static class OccupationCodes
{
    public static bool IsWellFormed(string? code)
    {
        if (code is null || code.Length != 10)
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var ok = i is 1 or 4 or 7 ? code[i] == '-' : code[i] is >= '0' and <= '9';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static string Check(string? code, string member)
    {
        if (!IsWellFormed(code))
        {
            throw Invariant.Violation(StandardRules.CodeFormat, member, new LocalizedText(
                $"{Invariant.QuoteZh(code)}不是职业编码（形如 3-01-01-02）。",
                $"{Invariant.Quote(code)} is not an occupation code such as 3-01-01-02."));
        }
        return code!;
    }

    /// <summary>Checks every code of a list, naming the first malformed one by its index.</summary>
    public static System.Collections.Immutable.ImmutableArray<string> CheckAll(System.Collections.Immutable.ImmutableArray<string> codes, string member)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            Check(codes[i], Invariant.Indexed(member, i));
        }

        return codes;
    }
}
