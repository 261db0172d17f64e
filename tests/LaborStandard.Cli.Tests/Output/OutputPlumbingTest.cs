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
    public async Task Output_into_a_file_the_shell_shares_lands_where_the_shell_left_off()
    {
        // { echo before; laborstd …; echo after; } > file: the three share one descriptor, and the tool's answer must move
        // its offset, or the shell's next line overwrites it.
        Assert.SkipUnless(File.Exists("/bin/sh"), "needs a POSIX shell");
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "out.txt");
        var tool = Path.Combine(AppContext.BaseDirectory, "laborstd.dll");

        var (code, error) = await Shell($"{{ echo before; dotnet '{tool}' show --level 4 --lang en; dotnet '{tool}' eligibility --batch samples/batch.jsonl --verdict-only --as-of 2026-11-29; echo after; }} > '{file}'");

        code.Should().Be(0, error);
        var lines = File.ReadAllLines(file);
        lines[0].Should().Be("before");
        lines[1].Should().StartWith("3.1 Level 4");
        lines.Should().Contain(l => l.StartsWith("{\"line\":1,", StringComparison.Ordinal));
        lines[^1].Should().Be("after");
    }

    [Fact]
    public async Task A_system_that_writes_a_candidate_and_waits_gets_its_answer_before_writing_the_next()
    {
        // The tool as a co-process: JSON Lines in over a pipe, one record at a time, each answer read before the next
        // record is written. Answers are flushed whenever the tool is about to wait for more input.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "laborstd.dll"));
        foreach (var arg in (string[])["eligibility", "--batch", "-", "--format", "jsonl", "--verdict-only", "--as-of", "2026-11-29"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var answers = new List<string>();
        foreach (var id in (string[])["P-1", "P-2", "P-3"])
        {
            await process.StandardInput.WriteLineAsync($$"""{ "id": "{{id}}", "education": { "level": "bachelor" } }""".AsMemory(), token);
            await process.StandardInput.FlushAsync(token);
            answers.Add((await process.StandardOutput.ReadLineAsync(token).AsTask().WaitAsync(TimeSpan.FromSeconds(30), token))!);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(token).WaitAsync(TimeSpan.FromMinutes(1), token);

        answers.Should().SatisfyRespectively(
            a => a.Should().StartWith("{\"line\":1,\"candidateId\":\"P-1\""),
            a => a.Should().StartWith("{\"line\":2,\"candidateId\":\"P-2\""),
            a => a.Should().StartWith("{\"line\":3,\"candidateId\":\"P-3\""));
        process.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task A_full_disk_on_stdout_is_said_on_stderr_in_the_session_language()
    {
        Assert.SkipUnless(File.Exists("/dev/full") && File.Exists("/bin/sh"), "needs /dev/full and a POSIX shell");
        var tool = Path.Combine(AppContext.BaseDirectory, "laborstd.dll");

        var (zh, zhError) = await Shell($"dotnet '{tool}' show --lang zh > /dev/full");
        var (en, enError) = await Shell($"dotnet '{tool}' eligibility --batch samples/batch.jsonl --lang en > /dev/full");

        zh.Should().Be(2, zhError);
        zhError.Should().Be("laborstd: 标准输出：无法写入：磁盘已满。\n");
        en.Should().Be(2, enError);
        enError.Should().Be("laborstd: standard output: cannot be written: the disk is full.\n");
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
    public async Task An_answer_longer_than_the_writeback_step_reaches_the_file_whole()
    {
        // About 40 MB of explained decisions (9 KB each): the file is handed to the disk in steps of 32 MiB while the batch goes
        // on, then renamed. The file must hold exactly what stdout gets, and no temporary file may stay behind.
        using var folder = new TempFolder();
        var rows = Enumerable.Range(1, 4500).Select(i => $"C-{i},本科,2014-07-01,3-01-01-02,2015-03-01");
        var input = folder.Write("office.csv", "编号,学历,学历取得日期,工作职业编码,工作开始日期\n" + string.Join("\n", rows) + "\n");
        var target = Path.Combine(folder.Path, "answers.jsonl");

        var toFile = await Laborstd.RunAsync("eligibility", "--batch", input, "--as-of", "2026-11-29", "--output", target);
        var toStdout = await Laborstd.RunAsync("eligibility", "--batch", input, "--as-of", "2026-11-29");

        toFile.ExitCode.Should().Be(0, toFile.ToString());
        new FileInfo(target).Length.Should().BeGreaterThan(32L << 20, "the answer spans more than one writeback");
        File.ReadAllText(target).Should().Be(toStdout.Out);
        Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["office.csv", "answers.jsonl"]);
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

    private static async Task<(int Code, string Error)> Shell(string script)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        return (process.ExitCode, error);
    }
}
