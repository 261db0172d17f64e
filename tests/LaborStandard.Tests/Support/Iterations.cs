using System.Globalization;

namespace LaborStandard.Tests.Support;

/// <summary>
/// How many cases a property or fuzz test generates. The count written in each test is for the README's test command;
/// the environment variable <c>LABORSTANDARD_PROPERTY_SCALE</c> (a factor, e.g. <c>0.05</c>) scales every count, so that
/// a mutation run, which repeats the suite once per mutant, stays affordable.
/// </summary>
internal static class Iterations
{
    private static readonly double Scale = ReadScale(Environment.GetEnvironmentVariable("LABORSTANDARD_PROPERTY_SCALE"));

    /// <summary>The number of cases to generate: <paramref name="count"/> scaled, at least one.</summary>
    public static long Of(long count) => Math.Max(1, (long)Math.Round(count * Scale));

    private static double ReadScale(string? text)
        => text is null
            ? 1
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0 && scale <= 1
                ? scale
                : throw new InvalidOperationException($"LABORSTANDARD_PROPERTY_SCALE must be a number greater than 0 and at most 1, was '{text}'.");
}
