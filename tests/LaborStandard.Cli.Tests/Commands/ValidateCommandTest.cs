using System.Text.Json.Nodes;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>
/// <c>laborstd validate</c>: every problem with its JSON path, line and rule; exit 0 valid, 1 invalid (JSON that does
/// not parse included), 2 when there is no file to check.
/// </summary>
public class ValidateCommandTest
{
    [Fact]
    public async Task The_shipped_standard_is_valid()
    {
        var run = await Laborstd.RunAsync("validate", "src/LaborStandard/Data/standard-3-01-01-02.json", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be("src/LaborStandard/Data/standard-3-01-01-02.json: valid (standard document).\n");
    }

    [Fact]
    public async Task Every_problem_is_listed_with_its_path_and_rule()
    {
        var document = JsonNode.Parse(Standards.ReadEmbeddedJson())!;
        document["weightTables"]![0]!["rows"]![0]!["weights"]![0]!["percent"] = 11;
        document["edition"]!["occupationCode"] = "3-01-01";
        using var folder = new TempFolder();
        var file = folder.Write("edited.json", document.ToJsonString());

        var run = await Laborstd.RunAsync("validate", file, "--lang", "en");
        var json = await Laborstd.RunAsync("validate", file, "--json");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Contain(l => l.StartsWith("$.edition.occupationCode: ", StringComparison.Ordinal) && l.EndsWith("[code-format]", StringComparison.Ordinal));
        run.OutLines[^1].Should().StartWith($"{file}: not a valid standard document: ");
        using var answer = json.Json();
        answer.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        answer.RootElement.GetProperty("errors").EnumerateArray().Should().Contain(e => e.GetProperty("rule").GetString() == "code-format");
    }

    [Fact]
    public async Task Json_that_does_not_parse_is_an_invalid_document_with_its_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("truncated.json", "{\n  \"formatVersion\": 1,\n  \"edition\": {\n");

        var run = await Laborstd.RunAsync("validate", file);

        run.ExitCode.Should().Be(1);
        run.OutLines[0].Should().StartWith("$（第 ").And.EndWith("[json-syntax]");
    }

    [Fact]
    public async Task A_missing_file_is_bad_input()
    {
        var run = await Laborstd.RunAsync("validate", "missing.json", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().Equal("laborstd: missing.json: no such file.");
    }

    [Fact]
    public async Task Rule_documents_and_candidate_profiles_are_checked_too()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("rules.json", Standards.ReadEmbeddedRulesJson());
        var profile = folder.Write("profile.json", """{ "education": { "level": "phd" } }""");

        (await Laborstd.RunAsync("validate", rules, "--kind", "rules")).ExitCode.Should().Be(0);
        (await Laborstd.RunAsync("validate", "samples/candidates/level3-4-bachelor.json", "--kind", "candidate")).ExitCode.Should().Be(0);
        var bad = await Laborstd.RunAsync("validate", profile, "--kind", "candidate");
        bad.ExitCode.Should().Be(1);
        bad.OutLines[0].Should().StartWith("$.education.level：").And.EndWith("[unknown-value]");
        (await Laborstd.RunAsync("validate", rules, "--kind", "standard")).ExitCode.Should().Be(1, "a rule document is not a standard document");
    }
}
