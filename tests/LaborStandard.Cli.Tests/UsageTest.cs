using System.Globalization;
using System.Reflection;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests;

/// <summary>The command line itself: help, version, language, usage errors and the exit-code contract.</summary>
public class UsageTest
{
    private static readonly string[] Commands = ["show", "find", "eligibility", "score", "staffing", "blueprint", "validate", "export"];

    [Fact]
    public async Task Help_lists_every_command_and_the_exit_codes()
    {
        var run = await Laborstd.RunAsync("--help", "--lang", "en");

        run.ExitCode.Should().Be(0);
        foreach (var command in Commands)
        {
            run.Out.Should().Contain($"  {command}");
        }

        run.Out.Should().Contain("Exit codes:").And.Contain("0  success").And.Contain("1  the answer is no").And.Contain("2  bad input or usage").And.Contain("3  internal error");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task Help_of_a_command_is_in_the_chosen_language_and_ends_with_the_exit_codes()
    {
        var run = await Laborstd.RunAsync("eligibility", "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("--as-of").And.Contain("评估日期").And.Contain("退出码：").And.Contain("2  输入或用法有误");
    }

    [Fact]
    public async Task No_command_prints_the_help_on_stderr_as_a_usage_error()
    {
        var run = await Laborstd.RunAsync();

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain("Usage:").And.Contain("eligibility");
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "frobnicate", "laborstd --help")]
    [InlineData(new[] { "find", "2.4.2", "--bogus" }, "--bogus", "laborstd find --help")]
    [InlineData(new[] { "eligibility", "--bogus", "samples/candidates/level4-2-work.json" }, "--bogus", "laborstd eligibility --help")]
    [InlineData(new[] { "show", "--format", "pdf" }, "pdf", "laborstd show --help")]
    [InlineData(new[] { "show", "--lang", "fr" }, "fr", "laborstd show --help")]
    [InlineData(new[] { "blueprint", "--level", "4", "--kind", "theory" }, "--count", "laborstd blueprint --help")]
    [InlineData(new[] { "find" }, "code-or-words", "laborstd find --help")]
    public async Task A_usage_error_is_one_line_on_stderr_naming_the_mistake_with_a_hint(string[] args, string named, string hint)
    {
        var run = await Laborstd.RunAsync(args, string.Empty, CultureInfo.GetCultureInfo("en-US"));

        run.ExitCode.Should().Be(2, run.ToString());
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("laborstd: ").And.Contain(named).And.EndWith($"Try '{hint}'.");
    }

    [Fact]
    public async Task Version_prints_the_tool_s_version()
    {
        var expected = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = await Laborstd.RunAsync("--version");

        run.ExitCode.Should().Be(0);
        run.Out.Trim().Should().Be(expected);
        expected.Should().StartWith("0.");
    }

    [Theory]
    [InlineData("en-GB", null, true)]
    [InlineData("en-US", null, true)]
    [InlineData("zh-CN", null, false)]
    [InlineData("fr-FR", null, false)]
    [InlineData("en-US", "zh", false)]
    [InlineData("zh-CN", "en", true)]
    [InlineData("zh-CN", "en-GB", true)]
    [InlineData("en-GB", "zh-Hans", false)]
    public async Task The_language_is_the_system_s_unless_lang_says_otherwise(string culture, string? lang, bool english)
    {
        string[] args = lang is null ? ["score", "--theory", "72"] : ["score", "--theory", "72", "--lang", lang];

        var run = await Laborstd.RunAsync(args, string.Empty, CultureInfo.GetCultureInfo(culture));

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be(english
            ? "Theory knowledge examination: 72 of 100 points (pass mark 60, inclusive): pass (1.9.2).\n"
            : "理论知识考试 72 分（满分 100 分，合格线 60 分（含））：合格（1.9.2）。\n");
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_without_a_type_name_with_exit_code_3_and_no_stack_trace()
    {
        var run = await Laborstd.RunAsync(["eligibility", "-", "--lang", "en"], new FailingReader());

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should()
            .Be("laborstd: internal error: the disk is on fire (please report it)");
        run.Error.Should().NotContain("System.").And.NotContain("Exception");
        run.Error.Should().NotContain("   at ");
    }

    /// <summary>Standard input that fails as no test input should, to reach the tool's last line of defence.</summary>
    private sealed class FailingReader : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the disk is on fire\n   at Somewhere()");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("the disk is on fire\n   at Somewhere()");
    }
}
