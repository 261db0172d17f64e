using System.Globalization;
using System.Text.Json;
using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>Every sample gives the verdict samples/README.md says it gives, as of the documented date 2026-11-29.</summary>
public partial class EligibilityCommandTest
{
    public static TheoryData<string, int, string> SampleAlternatives => new()
    {
        { "level4-1-training.json", 4, "四级（1）" },
        { "level4-2-work.json", 4, "四级（2）" },
        { "level4-3-student.json", 4, "四级（3）" },
        { "level4-4-education.json", 4, "四级（4）" },
        { "level3-1-certificate-work-training.json", 3, "三级（1）" },
        { "level3-2-certificate-work.json", 3, "三级（2）" },
        { "level3-3-technician-class.json", 3, "三级（3）" },
        { "level3-4-bachelor.json", 3, "三级（4）" },
    };

    [Theory]
    [MemberData(nameof(SampleAlternatives))]
    public async Task Each_sample_is_eligible_by_exactly_its_alternative(string file, int level, string alternative)
    {
        var run = await Laborstd.RunAsync("eligibility", Samples + file, "--level", level.ToString(CultureInfo.InvariantCulture), "--as-of", "2026-11-29", "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        using var json = run.Json();
        json.RootElement.GetProperty("verdict").GetString().Should().Be("eligible");
        var number = int.Parse(alternative[^2..^1], CultureInfo.InvariantCulture);
        json.RootElement.GetProperty("holdingConditions").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(number);
        var holding = json.RootElement.GetProperty("result").GetProperty("children").EnumerateArray().Single(c => c.GetProperty("truth").GetString() == "true");
        holding.GetProperty("condition").GetInt32().Should().Be(number);
        holding.GetProperty("item").GetString().Should().Be(alternative);
    }

    [Theory]
    [InlineData("level4-1-training.json")]
    [InlineData("level4-2-work.json")]
    [InlineData("level4-4-education.json")]
    [InlineData("level3-1-certificate-work-training.json")]
    [InlineData("level3-2-certificate-work.json")]
    [InlineData("level3-3-technician-class.json")]
    [InlineData("level3-4-bachelor.json")]
    public async Task Samples_other_than_the_student_stay_eligible_for_years(string file)
    {
        var run = await Laborstd.RunAsync("eligibility", Samples + file, "--as-of", "2036-11-29");

        run.ExitCode.Should().Be(0, run.ToString());
    }

    [Fact]
    public async Task The_student_is_eligible_only_in_the_graduation_school_year()
    {
        (await Laborstd.RunAsync("eligibility", Samples + "level4-3-student.json", "--as-of", "2026-07-01")).ExitCode.Should().Be(0);
        (await Laborstd.RunAsync("eligibility", Samples + "level4-3-student.json", "--as-of", "2026-06-30")).ExitCode.Should().Be(1);
        (await Laborstd.RunAsync("eligibility", Samples + "level4-3-student.json", "--as-of", "2027-07-01")).ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task The_not_eligible_sample_is_eligible_for_no_level_and_never_by_time_alone()
    {
        var run = await Laborstd.RunAsync("eligibility", Samples + "not-eligible.json", "--json");

        run.ExitCode.Should().Be(1);
        using var json = run.Json();
        var decisions = json.RootElement.GetProperty("decisions").EnumerateArray().ToList();
        decisions.Select(d => d.GetProperty("verdict").GetString()).Should().Equal("notEligible", "notEligible");
        decisions.Select(d => d.EnumerateObject().Select(p => p.Name)).Should().OnlyContain(names => !names.Contains("projectedOn") && !names.Contains("eligibleSince"));
        decisions.Should().OnlyContain(d => d.GetProperty("holdingConditions").GetArrayLength() == 0);
        json.RootElement.GetProperty("highestEligibleLevel").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_indeterminate_sample_is_indeterminate_for_level_4_and_that_counts_as_no()
    {
        var run = await Laborstd.RunAsync("eligibility", Samples + "indeterminate.json", "--json");

        run.ExitCode.Should().Be(1, "an indeterminate verdict is not a yes");
        using var json = run.Json();
        var level4 = json.RootElement.GetProperty("decisions")[0];
        level4.GetProperty("verdict").GetString().Should().Be("indeterminate");
        level4.GetProperty("projectedOn").GetString().Should().Be("2028-02-29");
        level4.GetProperty("unknownFacts").EnumerateArray().Select(e => e.GetString()).Should().Equal("education", "schooling", "trainings");
        json.RootElement.GetProperty("decisions")[1].GetProperty("verdict").GetString().Should().Be("indeterminate", "certificates and trainings are not given");
    }

    [Fact]
    public async Task The_readme_main_job_command_runs_and_answers_in_english()
    {
        var readme = await File.ReadAllTextAsync(Laborstd.PathOf("README.md"), TestContext.Current.CancellationToken);
        const string Prefix = "dotnet run --project src/LaborStandard.Cli -- ";
        var line = readme.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(Prefix, StringComparison.Ordinal));

        var run = await Laborstd.RunAsync(line[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Out.Should().StartWith("May apply for Level 4 / intermediate worker (1.9.1): 四级（2） holds.\nAs of 2026-11-29\n")
            .And.Contain("May apply for Level 3 / senior worker (1.9.1): 三级（2） holds.")
            .And.Contain("Earliest eligible on: 2026-11-29")
            .And.EndWith("Highest level the candidate may apply for: Level 3 / senior worker\n");
        run.Error.Should().BeEmpty();
    }
}
