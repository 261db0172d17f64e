namespace LaborStandard.Assessment;

/// <summary>
/// 最大余数法 — largest-remainder apportionment: whole numbers in proportion to weights that sum exactly to the total.
/// </summary>
/// <remarks>
/// Each share is first rounded down; the units left over go one each to the largest remainders, and a tie goes to the
/// earlier entry. The arithmetic is exact (integers), so ties are real ties and never artefacts of rounding.
/// </remarks>
internal static class Apportionment
{
    /// <summary>Apportions <paramref name="total"/> over <paramref name="weights"/>.</summary>
    /// <param name="total">The whole to divide, zero or more.</param>
    /// <param name="weights">The weights, zero or more each; when they sum to zero every share is zero.</param>
    /// <returns>One whole share per weight; they sum to <paramref name="total"/> unless every weight is zero.</returns>
    public static int[] LargestRemainder(int total, ReadOnlySpan<int> weights)
    {
        var shares = new int[weights.Length];
        long sum = 0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        if (sum == 0 || total == 0)
        {
            return shares;
        }

        // share = total * weight / sum = floor + remainder / sum; remainders compare by their numerators.
        var remainders = new long[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var numerator = (long)total * weights[i];
            shares[i] = (int)(numerator / sum);
            remainders[i] = numerator % sum;
            given += shares[i];
        }

        var order = new int[weights.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        for (var k = 0; k < total - given; k++)
        {
            shares[order[k]]++;
        }

        return shares;
    }

    /// <summary>
    /// Fills places up to their limits as evenly as the limits allow: every place gets the same number where it can,
    /// a place that reaches its limit stops, and the units that do not divide evenly go to the earlier places.
    /// </summary>
    /// <param name="total">The whole to place; at most the sum of the limits.</param>
    /// <param name="limits">The most each place can take, zero or more.</param>
    /// <returns>The amount of each place.</returns>
    public static int[] FillEvenly(int total, ReadOnlySpan<int> limits)
    {
        var amounts = new int[limits.Length];
        var remaining = total;
        while (remaining > 0)
        {
            var open = 0;
            for (var i = 0; i < limits.Length; i++)
            {
                open += amounts[i] < limits[i] ? 1 : 0;
            }

            if (open == 0)
            {
                break;
            }

            var each = remaining / open;
            for (var i = 0; i < limits.Length && remaining > 0; i++)
            {
                if (amounts[i] < limits[i])
                {
                    // When fewer units remain than open places, the earlier places take one each.
                    var add = Math.Min(Math.Max(each, 1), limits[i] - amounts[i]);
                    amounts[i] += add;
                    remaining -= add;
                }
            }
        }

        return amounts;
    }
}
