using System.Text.RegularExpressions;

namespace LaborStandard.Tests.Support;

/// <summary>The source text of the standard, as the tests read it.</summary>
public static partial class Seed
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", "standard-3-01-01-02.txt")));

    /// <summary>Gets the source text with every white space removed, so that texts broken across PDF lines can be found.</summary>
    public static string Flattened { get; } = WhiteSpace().Replace(Text.Value, string.Empty);

    /// <summary>Removes every white space, as <see cref="Flattened"/> does.</summary>
    public static string Flatten(string text) => WhiteSpace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
