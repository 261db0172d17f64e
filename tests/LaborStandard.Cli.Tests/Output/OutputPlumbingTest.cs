using System.Diagnostics;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Output;

/// <summary>Where the tool's bytes go: a reader that closes stdout early, and files written atomically.</summary>
public class OutputPlumbingTest
{
    [Fact]
    public async Task A_reader_that_closes_stdout_early_ends_the_run_quietly_with_141()
    {
        // The standard document is larger than a pipe's buffer, so the tool is still writing when the reader leaves.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "laborstd.dll"));
        foreach (var arg in (string[])["export", "--format", "json"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var buffer = new char[16];
        (await process.StandardOutput.ReadAsync(buffer, TestContext.Current.CancellationToken)).Should().BePositive();
        process.StandardOutput.Close();
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(141, error);
        error.Should().BeEmpty();
    }

    [Fact]
    public async Task A_full_disk_is_a_clear_error_naming_the_path_and_leaves_no_file()
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs /dev/full");
        using var folder = new TempFolder();

        var full = await Laborstd.RunAsync("export", "--format", "json", "--output", "/dev/full", "--lang", "en");
        var intoFolder = await Laborstd.RunAsync("export", "--format", "json", "--output", folder.Path);

        full.ExitCode.Should().Be(2, full.ToString());
        full.ErrorLines.Should().ContainSingle().Which.Should().Contain("/dev/full").And.Contain("cannot be written").And.NotContain("internal error");
        intoFolder.ExitCode.Should().Be(2, intoFolder.ToString());
        intoFolder.Error.Should().Contain(folder.Path).And.Contain("目录");
        Directory.EnumerateFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public async Task An_export_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var target = folder.Write("standard.json", "old");

        var run = await Laborstd.RunAsync("export", "--format", "json", "--output", target);

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(target).Should().StartWith("{").And.EndWith("}\n");
        Directory.EnumerateFiles(folder.Path).Should().ContainSingle();
    }
}
