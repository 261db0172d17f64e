using System.Globalization;

namespace LaborStandard.Cli.Tests.Support;

/// <summary>Runs laborstd in-process, as the tests' user: in the repository's root, on a fixed day, in a given culture.</summary>
internal static class Laborstd
{
    /// <summary>The day the tests run on: the date the samples are documented for.</summary>
    public static readonly DateOnly Today = new(2026, 11, 29);

    /// <summary>Runs a command line in a Chinese (zh-CN) environment with empty stdin.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The run.</returns>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, stdin: string.Empty);

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdin">What standard input holds.</param>
    /// <param name="culture">The user's UI culture; zh-CN when null.</param>
    /// <param name="errorIsTerminal">Whether stderr is a terminal.</param>
    /// <returns>The run.</returns>
    public static Task<CliRun> RunAsync(string[] args, string stdin, CultureInfo? culture = null, bool errorIsTerminal = false)
        => RunAsync(args, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin)), culture, errorIsTerminal);

    /// <summary>Runs a command line with a stream of one's own for stdin.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="culture">The user's UI culture; zh-CN when null.</param>
    /// <param name="errorIsTerminal">Whether stderr is a terminal.</param>
    /// <returns>The run.</returns>
    public static async Task<CliRun> RunAsync(string[] args, Stream stdin, CultureInfo? culture = null, bool errorIsTerminal = false)
    {
        var environment = new CliEnvironment(culture ?? CultureInfo.GetCultureInfo("zh-CN"), Today, Repository.Root, errorIsTerminal);
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var code = await Cli.RunAsync(args, output, error, stdin, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The path of a file of the repository, for arguments.</summary>
    /// <param name="relative">The path from the repository's root, with forward slashes.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relative) => Path.Combine(Repository.Root, relative);
}
