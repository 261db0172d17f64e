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
    /// <summary>
    /// Gets the process's standard output as bytes, for answers written as bytes (a batch); <see langword="null"/> in
    /// tests, where bytes are decoded into the session's text writer instead.
    /// </summary>
    public Func<Stream>? StandardOutput { get; init; }

    /// <summary>
    /// Standard output as bytes written straight to its descriptor (<see cref="Output.DescriptorOutput"/>), so that a
    /// write to a closed pipe fails (EPIPE) rather than being dropped silently as the console stream does, and the
    /// descriptor's offset moves with what was written; the console stream on Windows.
    /// </summary>
    /// <returns>The stream; disposing it leaves stdout open.</returns>
    public static Stream OpenStandardOutput()
        => OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new Output.DescriptorOutput();

    /// <summary>Reads the environment of the running process: its UI culture, the local date, its current folder.</summary>
    /// <returns>The environment.</returns>
    public static CliEnvironment FromSystem()
        => new(CultureInfo.CurrentUICulture, DateOnly.FromDateTime(DateTime.Now), Environment.CurrentDirectory, !Console.IsErrorRedirected)
        {
            StandardOutput = OpenStandardOutput,
        };
}
