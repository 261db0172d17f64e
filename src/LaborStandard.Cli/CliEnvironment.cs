using System.Globalization;

namespace LaborStandard.Cli;

/// <summary>
/// What a run of the tool takes from the machine: the user's language, today's date, the folder relative paths start
/// from, and whether stderr is a terminal. Tests pass their own, so every command runs in-process and repeatably.
/// </summary>
/// <param name="UICulture">The culture that picks the default language (English for <c>en*</c>, Chinese otherwise).</param>
/// <param name="Today">The default of <c>--as-of</c>.</param>
/// <param name="CurrentDirectory">The folder relative paths are resolved against.</param>
/// <param name="ErrorIsTerminal">Whether stderr is a terminal, which turns batch progress on.</param>
internal sealed record CliEnvironment(CultureInfo UICulture, DateOnly Today, string CurrentDirectory, bool ErrorIsTerminal)
{
    /// <summary>Reads the environment of the running process: its UI culture, the local date, its current folder.</summary>
    /// <returns>The environment.</returns>
    public static CliEnvironment FromSystem()
        => new(CultureInfo.CurrentUICulture, DateOnly.FromDateTime(DateTime.Now), Environment.CurrentDirectory, !Console.IsErrorRedirected);
}
