using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Errors;

/// <summary>With <c>--json</c>, a failing command answers with an error document on stdout (docs/schema/error.schema.json), with the same exit code as without.</summary>
public class ErrorDocumentTest
{
    private const string Schema = "docs/schema/error.schema.json";

    [Fact]
    public async Task A_usage_error_is_a_document_on_stdout_and_nothing_on_stderr()
    {
        var run = await Laborstd.RunAsync("show", "--bogus", "--json", "--lang", "en");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().BeEmpty();
        SchemaCheck.Check(Schema, run.Out).Should().BeEmpty(run.Out);
        using var json = run.Json();
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("usage");
        error.GetProperty("exitCode").GetInt32().Should().Be(2);
        error.GetProperty("message").GetString().Should().Contain("--bogus");
    }

    [Fact]
    public async Task A_bad_value_names_the_option_in_the_language_of_the_run()
    {
        var run = await Laborstd.RunAsync("find", "2.4", "--level", "9", "--json");

        run.ExitCode.Should().Be(2, run.ToString());
        SchemaCheck.Check(Schema, run.Out).Should().BeEmpty(run.Out);
        using var json = run.Json();
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("bad-input");
        error.GetProperty("message").GetString().Should().Contain("--level").And.Contain("不是本标准设置的等级").And.NotContain(", ");
        error.GetProperty("errors").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_invalid_document_lists_each_problem_at_its_path_with_its_rule()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.json", "{\"formatVersion\": 1,\n \"edition\": 5}");

        var run = await Laborstd.RunAsync("diff", bad, Laborstd.PathOf("src/LaborStandard/Data/standard-3-01-01-02.json"), "--json", "--lang", "en");

        run.ExitCode.Should().Be(2, run.ToString());
        SchemaCheck.Check(Schema, run.Out).Should().BeEmpty(run.Out);
        using var json = run.Json();
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("invalid-document");
        var errors = error.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => e.GetProperty("path").GetString()!.StartsWith('$') && e.GetProperty("rule").GetString()!.Length > 0);
        errors.Should().Contain(e => e.GetProperty("path").GetString() == "$.edition");
        errors.Should().OnlyContain(e => e.GetProperty("message").GetProperty("zh").GetString()!.Length > 0 && e.GetProperty("message").GetProperty("en").GetString()!.Length > 0);
    }

    [Fact]
    public async Task A_missing_file_is_bad_input_and_without_json_stays_on_stderr()
    {
        var asJson = await Laborstd.RunAsync("show", "--standard", "no-such.json", "--json");
        var asText = await Laborstd.RunAsync("show", "--standard", "no-such.json");

        asJson.ExitCode.Should().Be(2);
        asText.ExitCode.Should().Be(2);
        SchemaCheck.Check(Schema, asJson.Out).Should().BeEmpty(asJson.Out);
        asText.Out.Should().BeEmpty();
        asText.Error.Should().Contain("no-such.json");
    }

    [Fact]
    public void The_checker_finds_what_breaks_the_schema()
    {
        SchemaCheck.Check(Schema, """{"error": {"code": "oops", "exitCode": 2, "message": "", "errors": [{"path": "x", "rule": "r", "message": "m", "extra": 1}]}}""")
            .Should().HaveCount(5, "a bad code, an empty message, a path not from $, a message that is not {zh, en}, a member the form lacks");
        SchemaCheck.Check(Schema, """{"error": {"code": "usage", "exitCode": 2, "message": "m", "errors": []}}""").Should().BeEmpty();
    }
}
