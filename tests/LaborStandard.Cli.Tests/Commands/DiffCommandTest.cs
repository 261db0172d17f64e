using System.Text.Json.Nodes;
using LaborStandard.Cli.Tests.Support;
using LaborStandard.Interop;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary><c>laborstd diff</c> and <c>laborstd export --format case</c>: editions compared, the standard exchanged as CASE.</summary>
public class DiffCommandTest
{
    [Fact]
    public async Task Two_equal_editions_do_not_differ()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.json", Standards.ReadEmbeddedJson());

        var run = await Laborstd.RunAsync("diff", a, a, "--lang", "en");

        run.ExitCode.Should().Be(0, run.ToString());
        run.OutLines.Should().Equal("The two editions do not differ.");
    }

    [Fact]
    public async Task Every_change_is_listed_with_its_clause_and_the_answer_is_negative()
    {
        using var folder = new TempFolder();
        var node = JsonNode.Parse(Standards.ReadEmbeddedJson())!;
        node["overview"]!["levels"]![0]!["trainingHours"] = 120;
        node["weightTables"]![0]!["rows"]![2]!["weights"]![0]!["percent"] = 5;
        node["weightTables"]![0]!["rows"]![3]!["weights"]![0]!["percent"] = 20;
        var a = folder.Write("draft.json", Standards.ReadEmbeddedJson());
        var b = folder.Write("final.json", node.ToJsonString());

        var run = await Laborstd.RunAsync("diff", a, b, "--lang", "en");
        var json = await Laborstd.RunAsync("diff", a, b, "--json");

        run.ExitCode.Should().Be(1, run.ToString());
        run.OutLines.Should().HaveCount(4).And.Contain(l => l.Contains("100", StringComparison.Ordinal) && l.Contains("120", StringComparison.Ordinal));
        run.OutLines[^1].Should().Be("3 changes.");
        using var document = json.Json();
        document.RootElement.GetProperty("same").GetBoolean().Should().BeFalse();
        document.RootElement.GetProperty("changes").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task A_missing_or_broken_edition_is_bad_input()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.json", Standards.ReadEmbeddedJson());
        var broken = folder.Write("b.json", Standards.ReadEmbeddedJson()[..500]);

        (await Laborstd.RunAsync("diff", a, Path.Combine(folder.Path, "missing.json"))).ExitCode.Should().Be(2);
        var run = await Laborstd.RunAsync("diff", a, broken);
        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("b.json").And.Contain("[json-syntax]");
    }

    [Fact]
    public async Task The_case_export_is_a_package_that_reads_back_with_its_rules()
    {
        var run = await Laborstd.RunAsync("export", "--format", "case");

        run.ExitCode.Should().Be(0, run.Error);
        CasePackage.Parse(run.Out).Should().Be(Standards.Embedded);
        CasePackage.ReadEligibilityRules(run.Out, Standards.Embedded).Value.Should().Be(Standards.EmbeddedRules);
    }
}
