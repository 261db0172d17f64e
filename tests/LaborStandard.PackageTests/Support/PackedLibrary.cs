using System.Xml.Linq;

namespace LaborStandard.PackageTests.Support;

/// <summary>
/// The library packed once into a temporary folder feed, and a consumer program that installed it from that feed by
/// package id and version, built and ran. Shared by the package tests; the temporary folders go when they are done.
/// </summary>
public sealed class PackedLibrary : IAsyncLifetime
{
    private const string PackageId = "LaborStandard";

    private static readonly string[] BuildSwitches = ["-c", "Release", "-nodeReuse:false", "--disable-build-servers", "-tl:off"];

    private DirectoryInfo? _workspace;

    /// <summary>Gets the folder feed the library was packed into.</summary>
    public string Feed => Path.Combine(Workspace, "feed");

    /// <summary>Gets the version of the package, as its file name states it.</summary>
    public string Version { get; private set; } = string.Empty;

    /// <summary>Gets the path of <c>LaborStandard.&lt;version&gt;.nupkg</c>.</summary>
    public string PackagePath => Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");

    /// <summary>Gets the path of <c>LaborStandard.&lt;version&gt;.snupkg</c>.</summary>
    public string SymbolPackagePath => Path.Combine(Feed, $"{PackageId}.{Version}.snupkg");

    /// <summary>Gets the run of <c>dotnet pack</c>.</summary>
    public CommandResult Pack { get; private set; } = null!;

    /// <summary>Gets the run of <c>dotnet pack</c> on the spreadsheet package.</summary>
    public CommandResult SpreadsheetsPack { get; private set; } = null!;

    /// <summary>Gets the folder of the spreadsheet package's project.</summary>
    public static string SpreadsheetsFolder => Path.Combine(Repository.Root, "src", "LaborStandard.Spreadsheets");

    /// <summary>Gets the path of <c>LaborStandard.Spreadsheets.&lt;version&gt;.nupkg</c>.</summary>
    public string SpreadsheetsPackagePath => Path.Combine(Feed, $"{PackageId}.Spreadsheets.{Version}.nupkg");

    private static string SpreadsheetsProject => Path.Combine(SpreadsheetsFolder, "LaborStandard.Spreadsheets.csproj");

    /// <summary>Gets the folder the consumer was copied to, outside the repository.</summary>
    public string ConsumerFolder => Path.Combine(Workspace, "consumer");

    /// <summary>Gets the NuGet global packages folder the consumer restored into, used by nothing else.</summary>
    public string ConsumerPackages => Path.Combine(Workspace, "packages");

    /// <summary>Gets the run of <c>dotnet build</c> (restore included) of the consumer.</summary>
    public CommandResult ConsumerBuild { get; private set; } = null!;

    /// <summary>Gets the run of the consumer program, or <see langword="null"/> if it could not be built.</summary>
    public CommandResult? ConsumerRun { get; private set; }

    private string Workspace => _workspace?.FullName ?? throw new InvalidOperationException("The package has not been packed yet.");

    /// <summary>Packs the library, then restores, builds and runs the consumer against the package.</summary>
    public async ValueTask InitializeAsync()
    {
        _workspace = Directory.CreateTempSubdirectory("LaborStandard.PackageTests-");

        Pack = await Dotnet.RunAsync(Repository.Root, ["pack", Repository.LibraryProject, "-o", Feed, .. BuildSwitches]);
        if (!Pack.Succeeded)
        {
            throw new InvalidOperationException($"dotnet pack failed, so there is no package to test.{Environment.NewLine}{Pack}");
        }

        // The spreadsheet package after the library, whose build it reuses; the consumer installs both.
        SpreadsheetsPack = await Dotnet.RunAsync(Repository.Root, ["pack", SpreadsheetsProject, "-o", Feed, .. BuildSwitches]);
        if (!SpreadsheetsPack.Succeeded)
        {
            throw new InvalidOperationException($"dotnet pack failed, so there is no package to test.{Environment.NewLine}{SpreadsheetsPack}");
        }

        Version = ReadVersion();

        CopyConsumer();
        ConsumerBuild = await Dotnet.RunAsync(
            ConsumerFolder,
            ["build", Path.Combine(ConsumerFolder, "Consumer.csproj"), $"-p:LaborStandardVersion={Version}", .. BuildSwitches],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = ConsumerPackages });
        if (ConsumerBuild.Succeeded)
        {
            ConsumerRun = await Dotnet.RunAsync(ConsumerFolder, [Path.Combine(ConsumerFolder, "bin", "Release", "net10.0", "Consumer.dll")]);
        }
    }

    /// <summary>Deletes the temporary folders, as far as the file system lets it.</summary>
    public ValueTask DisposeAsync()
    {
        try
        {
            _workspace?.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover folder in the temporary folder is no reason to fail the run.
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Reads the names of every entry of a package (a zip file).</summary>
    /// <param name="path">The package file.</param>
    /// <returns>The entry names, with forward slashes, in the order of the zip file.</returns>
    public static IReadOnlyList<string> EntryNames(string path) => PackagePage.Entries(path);

    /// <summary>Reads one entry of a package.</summary>
    /// <param name="path">The package file.</param>
    /// <param name="entry">The entry name.</param>
    /// <returns>The bytes of the entry.</returns>
    public static byte[] ReadEntry(string path, string entry) => PackagePage.Read(path, entry);

    /// <summary>Reads the nuspec manifest of a package.</summary>
    /// <param name="path">The package file.</param>
    /// <returns>The <c>metadata</c> element of <c>LaborStandard.nuspec</c>.</returns>
    public static XElement ReadMetadata(string path) => PackagePage.Metadata(path);

    private string ReadVersion()
    {
        var prefix = $"{PackageId}.";
        var packages = Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).ToArray();
        var library = packages.Where(p => p!.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(p[prefix.Length])).ToArray();
        if (library is not [{ } name])
        {
            throw new InvalidOperationException($"dotnet pack should make exactly one {PackageId}.<version>.nupkg; the feed holds [{string.Join(", ", packages)}].{Environment.NewLine}{Pack}");
        }

        return name[prefix.Length..^".nupkg".Length];
    }

    private void CopyConsumer()
    {
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        Directory.CreateDirectory(ConsumerFolder);
        foreach (var file in Directory.EnumerateFiles(template))
        {
            File.Copy(file, Path.Combine(ConsumerFolder, Path.GetFileName(file)));
        }

        // The feed is added to the sources the machine already has: the library's own dependencies still come from there.
        var config = new XDocument(
            new XElement(
                "configuration",
                new XElement(
                    "packageSources",
                    new XElement("add", new XAttribute("key", "LaborStandard.PackageTests"), new XAttribute("value", Feed)))));
        config.Save(Path.Combine(ConsumerFolder, "nuget.config"));

        // The first examples of the packages' READMEs, compiled against the packages as a user would paste them.
        File.WriteAllText(Path.Combine(ConsumerFolder, "ReadmeExamples.cs"), ReadmeExamples());
    }

    /// <summary>
    /// Gets the C# of each package README's examples, each wrapped in a method of its own class so that they compile
    /// beside the consumer's program: the <c>using</c> directives go to the top of the file, the statements into the
    /// method.
    /// </summary>
    /// <returns>A C# file.</returns>
    public static string ReadmeExamples()
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var classes = new System.Text.StringBuilder();
        foreach (var (name, folder) in new[] { ("LaborStandardReadme", Path.Combine(Repository.Root, "src", "LaborStandard")), ("SpreadsheetsReadme", SpreadsheetsFolder) })
        {
            var blocks = PackagePage.CodeBlocks(File.ReadAllText(Path.Combine(folder, "PACKAGE.md")), "csharp");
            if (blocks.Count == 0)
            {
                throw new InvalidOperationException($"{folder}/PACKAGE.md has no C# example.");
            }

            classes.Append("internal static class ").Append(name).Append("\n{\n    public static void Run()\n    {\n");
            foreach (var line in blocks.SelectMany(b => b.Split('\n')))
            {
                if (line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(';') && !line.Contains('=', StringComparison.Ordinal))
                {
                    usings.Add(line);
                }
                else
                {
                    classes.Append("        ").Append(line).Append('\n');
                }
            }

            classes.Append("    }\n}\n\n");
        }

        return string.Join('\n', usings) + "\n\n" + classes;
    }
}
