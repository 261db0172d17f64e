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

    private static readonly string[] CaseOptions = ["--base-uri", "https://case.example.org/ims/case/v1p1/", "--creator", "人力资源社会保障部", "--date", "2024-05-01"];

    [Fact]
    public async Task The_case_export_is_a_package_that_reads_back_with_its_rules()
    {
        var run = await Laborstd.RunAsync(["export", "--format", "case", .. CaseOptions]);

        run.ExitCode.Should().Be(0, run.Error);
        CasePackage.Parse(run.Out).Should().Be(Standards.Embedded);
        CasePackage.ReadEligibilityRules(run.Out, Standards.Embedded).Value.Should().Be(Standards.EmbeddedRules);
        var document = JsonNode.Parse(run.Out)!["CFDocument"]!;
        ((string)document["uri"]!).Should().StartWith("https://case.example.org/ims/case/v1p1/CFDocuments/");
        ((string)document["creator"]!).Should().Be("人力资源社会保障部");
        ((string)document["lastChangeDateTime"]!).Should().Be("2024-05-01T00:00:00+00:00");
    }

    [Theory]
    [InlineData("zh", "--format case 需要 --base-uri、--creator、--date")]
    [InlineData("en", "--format case needs --base-uri, --creator, --date")]
    public async Task A_case_export_without_its_publisher_s_facts_is_a_usage_error(string lang, string message)
    {
        var run = await Laborstd.RunAsync("export", "--format", "case", "--lang", lang);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Theory]
    [InlineData("--base-uri", "ims/case", "--base-uri: 'ims/case' is not an absolute URI")]
    [InlineData("--date", "2024-5-1", "--date: '2024-5-1' is not a date of the form yyyy-MM-dd")]
    [InlineData("--date", "2024-02-30", "--date: '2024-02-30' is not a date of the form yyyy-MM-dd")]
    [InlineData("--creator", " ", "--creator: must not be blank")]
    public async Task A_bad_case_option_is_named(string option, string value, string message)
    {
        var arguments = CaseOptions.ToList();
        arguments[arguments.IndexOf(option) + 1] = value;

        var run = await Laborstd.RunAsync(["export", "--format", "case", "--lang", "en", .. arguments]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public async Task Case_options_are_refused_with_another_format()
    {
        var run = await Laborstd.RunAsync("export", "--format", "json", "--creator", "x", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--creator only apply to --format case");
    }

    [Fact]
    public async Task A_CASE_package_is_read_by_validate_diff_and_the_standard_option()
    {
        using var folder = new TempFolder();
        var native = folder.Write("standard.json", Standards.ReadEmbeddedJson());
        var package = folder.Write("package.json", (await Laborstd.RunAsync(["export", "--format", "case", .. CaseOptions])).Out);

        var validate = await Laborstd.RunAsync("validate", package, "--lang", "en");
        var diff = await Laborstd.RunAsync("diff", native, package, "--lang", "en");
        var show = await Laborstd.RunAsync("show", "--standard", package, "--json");
        var reference = await Laborstd.RunAsync("show", "--json");

        validate.ExitCode.Should().Be(0, validate.ToString());
        diff.ExitCode.Should().Be(0, diff.ToString());
        diff.OutLines.Should().Equal("The two editions do not differ.");
        show.ExitCode.Should().Be(0, show.ToString());
        show.Out.Should().Be(reference.Out);
    }

    [Fact]
    public async Task A_broken_CASE_package_is_reported_at_its_JSON_path()
    {
        using var folder = new TempFolder();
        var node = JsonNode.Parse((await Laborstd.RunAsync(["export", "--format", "case", .. CaseOptions])).Out)!;
        node["CFDocument"]!.AsObject().Remove("creator");
        var package = folder.Write("package.json", node.ToJsonString());

        var run = await Laborstd.RunAsync("validate", package, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Contain(l => l.Contains("$.CFDocument.creator", StringComparison.Ordinal) && l.Contains("[required]", StringComparison.Ordinal));
    }
}
