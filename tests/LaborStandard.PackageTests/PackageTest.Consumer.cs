using System.Security.Cryptography;
using System.Text.Json;

namespace LaborStandard.PackageTests;

/// <summary>A program outside the repository installs the package from the feed by id and version and uses it.</summary>
public partial class PackageTest
{
    [Fact]
    public void The_consumer_restores_and_builds_against_the_package_without_warnings()
    {
        _library.ConsumerBuild.Succeeded.Should().BeTrue("the consumer should restore and build:{0}{1}", Environment.NewLine, _library.ConsumerBuild);
        _library.ConsumerBuild.WarningLines.Should().BeEmpty("installing the package should raise no warnings:{0}{1}", Environment.NewLine, _library.ConsumerBuild);
    }

    [Fact]
    public void The_consumer_installed_this_package_from_the_feed()
    {
        // NuGet records, beside each package it installs, where it came from and the hash of the file.
        var installed = Path.Combine(_library.ConsumerPackages, "laborstandard", _library.Version.ToLowerInvariant());
        var record = Path.Combine(installed, ".nupkg.metadata");
        File.Exists(record).Should().BeTrue("the consumer's restore should install LaborStandard {0} into its own packages folder:{1}{2}", _library.Version, Environment.NewLine, _library.ConsumerBuild);

        using var metadata = JsonDocument.Parse(File.ReadAllText(record));
        var source = metadata.RootElement.GetProperty("source").GetString()!;
        Path.TrimEndingDirectorySeparator(source).Should().Be(Path.TrimEndingDirectorySeparator(_library.Feed));
        metadata.RootElement.GetProperty("contentHash").GetString().Should().Be(Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(_library.PackagePath))));
    }

    [Fact]
    public void The_consumer_runs_on_net10_and_prints_the_standard()
    {
        var run = _library.ConsumerRun;
        run.Should().NotBeNull("the consumer should build:{0}{1}", Environment.NewLine, _library.ConsumerBuild);
        run!.Succeeded.Should().BeTrue("the consumer should run:{0}{1}", Environment.NewLine, run);

        var lines = run.OutputLines;
        lines.Should().HaveCount(7, "the consumer prints seven facts:{0}{1}", Environment.NewLine, run);
        // The informational version may carry the commit after a '+'.
        lines[0].Split('+')[0].Should().Be($"package-version: {_library.Version}");
        lines.Skip(1).Should().Equal(
            [
                "target-framework: .NETCoreApp,Version=v10.0",
                "occupation-code: 3-01-01-02",
                "training-hours: 四级 100",
                "training-hours: 三级 80",
                "level3-skills: 60",
                "level3-skill-2.4.2: 3.2 / 2.4.2 能够协助创业担保贷款担保机构、经办金融机构催收到期贷款",
            ],
            "the consumer printed:{0}{1}",
            Environment.NewLine,
            run);
    }
}
