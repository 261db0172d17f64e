using System.IO.Compression;
using System.Xml.Linq;

namespace LaborStandard.Cli.Tests;

/// <summary>
/// The tool as a user gets it: packed as a RID-specific tool (the Native AOT linux-x64 package, the top-level
/// package and the framework-dependent fallback) into a folder feed, installed from it by id and version with
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
    public async Task The_tool_packs_as_a_native_linux_x64_package_installs_from_a_folder_feed_and_runs_as_laborstd()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Skip("The Native AOT package tested here is the linux-x64 one; Native AOT does not cross-compile between operating systems.");
        }

        if (NativeToolchainMissing() is { } missing)
        {
            Assert.Skip($"Native AOT needs {missing} on this machine; run eng/native-aot-prerequisites.sh to install it.");
        }

        // The RID package is a Native AOT publish: its own build, and any trim or AOT warning must show here.
        var native = await Dotnet.RunAsync(Repository.Root, ["pack", Repository.CliProject, "-r", "linux-x64", "-o", Feed, "-c", TestedConfiguration, "-nodeReuse:false", "--disable-build-servers", "-tl:off"]);
        native.Succeeded.Should().BeTrue(native.ToString());
        native.OutputLines.Should().NotContain(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase), "a trim or AOT warning fails the publish:{0}{1}", Environment.NewLine, native);

        // The framework-dependent fallback for every other platform, then the top-level package that names a package per platform.
        var fallback = await Dotnet.RunAsync(Repository.Root, ["pack", Repository.CliProject, "-r", "any", "-o", Feed, "-c", TestedConfiguration, "-nodeReuse:false", "--disable-build-servers", "-tl:off"]);
        fallback.Succeeded.Should().BeTrue(fallback.ToString());
        var pack = await Dotnet.RunAsync(Repository.Root, ["pack", Repository.CliProject, "-o", Feed, .. BuildSwitches]);
        pack.Succeeded.Should().BeTrue(pack.ToString());
        var packages = Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).ToArray();
        var package = Directory.GetFiles(Feed, $"{PackageId}.*.nupkg").Single(p => char.IsAsciiDigit(Path.GetFileName(p)[PackageId.Length + 1]));
        var version = Path.GetFileName(package)[(PackageId.Length + 1)..^".nupkg".Length];
        packages.Should().BeEquivalentTo($"{PackageId}.{version}.nupkg", $"{PackageId}.linux-x64.{version}.nupkg", $"{PackageId}.any.{version}.nupkg");
        PackagePage.ShouldBeTheGalleryPageOf(package, Path.GetDirectoryName(Repository.CliProject)!);

        var linux = Path.Combine(Feed, $"{PackageId}.linux-x64.{version}.nupkg");
        var any = Path.Combine(Feed, $"{PackageId}.any.{version}.nupkg");
        PackagePage.Entries(linux).Where(e => e.StartsWith("tools/", StringComparison.Ordinal)).Should().Contain(e => e.EndsWith("/linux-x64/laborstd", StringComparison.Ordinal))
            .And.NotContain(e => e.EndsWith(".dll", StringComparison.Ordinal), "a Native AOT tool is one native program");
        foreach (var tool in new[] { linux, any })
        {
            PackagePage.Entries(tool).Where(e => e.StartsWith("tools/", StringComparison.Ordinal) && !e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Should().NotContain(
                e => e.EndsWith(".xml", StringComparison.Ordinal) || e.EndsWith(".pdb", StringComparison.Ordinal) || e.EndsWith(".dbg", StringComparison.Ordinal),
                "users run the tool; XML docs and symbols are not shipped in {0}", Path.GetFileName(tool));
        }

        PackagePage.Entries(any).Should().Contain(e => e.EndsWith("/laborstd.dll", StringComparison.Ordinal), "the fallback is the framework-dependent tool");
        ToolCommandName(linux).Should().Be("laborstd");

        var install = await Dotnet.RunAsync(
            _workspace.FullName,
            ["tool", "install", "--tool-path", Tools, "--add-source", Feed, PackageId, "--version", version],
            Isolated);
        install.Succeeded.Should().BeTrue(install.ToString());
        var installed = Directory.GetFiles(Path.Combine(Tools, ".store"), "laborstd", SearchOption.AllDirectories).Should().ContainSingle().Subject;
        File.ReadAllBytes(installed).Take(4).Should().Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], "the linux-x64 package was installed: a native program");

        var laborstd = Path.Combine(Tools, "laborstd");
        var versionRun = await Dotnet.RunProgramAsync(laborstd, _workspace.FullName, ["--version"], Isolated);
        var find = await Dotnet.RunProgramAsync(laborstd, _workspace.FullName, ["find", "2.4.2", "--lang", "en"], Isolated);

        versionRun.Succeeded.Should().BeTrue(versionRun.ToString());
        versionRun.StandardOutput.Trim().Should().StartWith(version);
        find.Succeeded.Should().BeTrue(find.ToString());
        find.OutputLines.Should().Contain("Level 4 / intermediate worker · 3.1 / 2.4.2 · Skill requirements")
            .And.Contain("  2.4.2 Able to introduce the start-up guaranteed loan policy to service users")
            .And.HaveElementAt(find.OutputLines.Count - 1, "4 requirements.");
    }

    // What eng/native-aot-prerequisites.sh installs: clang to link, and zlib's development library.
    private static string? NativeToolchainMissing()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        if (!path.Any(folder => File.Exists(Path.Combine(folder, "clang"))))
        {
            return "clang";
        }

        string[] zlib = ["/usr/lib/x86_64-linux-gnu/libz.so", "/usr/lib64/libz.so", "/usr/lib/libz.so"];
        return zlib.Any(File.Exists) ? null : "the zlib development library (zlib1g-dev)";
    }

    private static string? ToolCommandName(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = settings.Open();
        return XDocument.Load(stream).Descendants("Command").Single().Attribute("Name")?.Value;
    }
}
