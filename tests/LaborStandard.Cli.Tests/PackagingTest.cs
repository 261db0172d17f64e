using System.IO.Compression;
using System.Xml.Linq;

namespace LaborStandard.Cli.Tests;

/// <summary>
/// The tool as a user gets it: packed into a folder feed, installed from it by id and version with
/// <c>dotnet tool install</c>, and run by its command name.
/// </summary>
public sealed class PackagingTest : IAsyncLifetime
{
    private const string PackageId = "LaborStandard.Cli";

    // The tool was built with the tests (a project reference) in this configuration; packing without building again
    // keeps this test from rebuilding projects that other test projects of the same run may be packing.
    private static readonly string[] BuildSwitches = ["-c", TestedConfiguration, "--no-build", "-nodeReuse:false", "--disable-build-servers", "-tl:off"];

#if DEBUG
    private const string TestedConfiguration = "Debug";
#else
    private const string TestedConfiguration = "Release";
#endif

    private readonly DirectoryInfo _workspace = Directory.CreateTempSubdirectory("laborstd-package-");

    private string Feed => Path.Combine(_workspace.FullName, "feed");

    private string Tools => Path.Combine(_workspace.FullName, "tools");

    private Dictionary<string, string> Isolated => new()
    {
        // A global packages folder of its own, so the install comes from the feed and not from an earlier run.
        ["NUGET_PACKAGES"] = Path.Combine(_workspace.FullName, "packages"),

        // The tool's launcher finds the runtime the tests run on.
        ["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..")),
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        try
        {
            _workspace.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary folder is no reason to fail the run.
        }

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_tool_packs_installs_from_a_folder_feed_and_runs_as_laborstd()
    {
        var pack = await Dotnet.RunAsync(Repository.Root, ["pack", Repository.CliProject, "-o", Feed, .. BuildSwitches]);
        pack.Succeeded.Should().BeTrue(pack.ToString());
        var package = Directory.GetFiles(Feed, $"{PackageId}.*.nupkg").Should().ContainSingle().Subject;
        var version = Path.GetFileName(package)[(PackageId.Length + 1)..^".nupkg".Length];
        ToolCommandName(package).Should().Be("laborstd");

        var install = await Dotnet.RunAsync(
            _workspace.FullName,
            ["tool", "install", "--tool-path", Tools, "--add-source", Feed, PackageId, "--version", version],
            Isolated);
        install.Succeeded.Should().BeTrue(install.ToString());

        var laborstd = Path.Combine(Tools, OperatingSystem.IsWindows() ? "laborstd.exe" : "laborstd");
        var versionRun = await Dotnet.RunProgramAsync(laborstd, _workspace.FullName, ["--version"], Isolated);
        var find = await Dotnet.RunProgramAsync(laborstd, _workspace.FullName, ["find", "2.4.2", "--lang", "en"], Isolated);

        versionRun.Succeeded.Should().BeTrue(versionRun.ToString());
        versionRun.StandardOutput.Trim().Should().StartWith(version);
        find.Succeeded.Should().BeTrue(find.ToString());
        find.OutputLines.Should().Contain("Level 4 / intermediate worker · 3.1 / 2.4.2 · Skill requirements")
            .And.Contain("  2.4.2 Able to introduce the start-up guaranteed loan policy to service users")
            .And.HaveElementAt(find.OutputLines.Count - 1, "4 requirements.");
    }

    private static string? ToolCommandName(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();
        return XDocument.Load(stream).Descendants("Command").Single().Attribute("Name")?.Value;
    }
}
