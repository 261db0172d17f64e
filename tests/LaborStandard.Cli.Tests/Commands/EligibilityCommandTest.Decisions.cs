using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>One candidate: the explanation, the JSON, the level asked, the date, and the engine's options.</summary>
public partial class EligibilityCommandTest
{
    [Fact]
    public async Task The_decision_is_explained_in_chinese_by_default_with_the_earliest_date_and_highest_level()
    {
        var run = await Laborstd.RunAsync("eligibility", Samples + "indeterminate.json");

        run.ExitCode.Should().Be(1);
        run.Out.Should().StartWith("无法确定能否申报四级/中级工（1.9.1）：学历、就读院校、预备培训情况未知。若其他情况不变，自 2028-02-29 起可以申报。\n评估日期：2026-11-29\n")
            .And.Contain("  ✗ 四级（2） 在本职业连续工作两年以上。 — 预计自 2028-02-29 起满足")
            .And.Contain("      情况未知：学历")
            .And.Contain("最早可申报日期：2028-02-29")
            .And.Contain("最早可申报日期：无")
            .And.EndWith("可申报的最高等级：无\n");
    }

    [Fact]
    public async Task Level_asks_for_one_decision_and_json_then_writes_that_decision()
    {
        var text = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--level", "3", "--lang", "en");
        var json = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--level", "三级", "--json");

        text.ExitCode.Should().Be(1, "the level-4 sample may not apply for level 3");
        text.Out.Should().StartWith("May not apply for Level 3 / senior worker (1.9.1)").And.NotContain("Level 4 / intermediate worker (1.9.1)").And.NotContain("Highest level");
        json.ExitCode.Should().Be(1);
        using var decision = json.Json();
        decision.RootElement.GetProperty("level").GetInt32().Should().Be(3);
        decision.RootElement.GetProperty("candidateId").GetString().Should().Be("sample-4-2");
    }

    [Fact]
    public async Task Json_of_every_level_is_the_library_s_report()
    {
        var run = await Laborstd.RunAsync("eligibility", Samples + "level3-4-bachelor.json", "--json");

        run.ExitCode.Should().Be(0);
        using var json = run.Json();
        json.RootElement.GetProperty("asOf").GetString().Should().Be("2026-11-29");
        json.RootElement.GetProperty("highestEligibleLevel").GetInt32().Should().Be(3);
        json.RootElement.GetProperty("decisions").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_candidate_is_read_from_stdin_with_a_dash()
    {
        var profile = await File.ReadAllTextAsync(Laborstd.PathOf(Samples + "level4-4-education.json"), TestContext.Current.CancellationToken);

        var run = await Laborstd.RunAsync(["eligibility", "-", "--level", "4", "--json"], profile);

        run.ExitCode.Should().Be(0);
        using var json = run.Json();
        json.RootElement.GetProperty("holdingConditions")[0].GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task As_of_defaults_to_today_and_moves_the_decision()
    {
        var today = await Laborstd.RunAsync("eligibility", Samples + "indeterminate.json", "--level", "4", "--json");
        var later = await Laborstd.RunAsync("eligibility", Samples + "indeterminate.json", "--level", "4", "--as-of", "2028-02-29", "--json");

        using (var json = today.Json())
        {
            json.RootElement.GetProperty("asOf").GetString().Should().Be("2026-11-29");
        }

        later.ExitCode.Should().Be(0, "two years of ongoing work are complete on 2028-02-29");
    }

    [Fact]
    public async Task Related_occupations_and_gap_tolerance_reach_the_engine()
    {
        using var folder = new TempFolder();
        var graduate = folder.Write("graduate.json", """
            { "education": { "level": "seniorSecondary" },
              "schooling": [ { "kind": "technicalSchool", "programme": "technicianClass", "graduationDate": "2022-06-30", "graduated": true } ],
              "work": [ { "occupationCode": "4-07-01-00", "from": "2022-07-01" } ] }
            """);
        var gap = folder.Write("gap.json", """
            { "education": { "level": "seniorSecondary" },
              "work": [ { "occupationCode": "3-01-01-02", "from": "2023-01-01", "to": "2024-06-30" }, { "occupationCode": "3-01-01-02", "from": "2024-12-01" } ] }
            """);

        (await Laborstd.RunAsync("eligibility", graduate, "--level", "3")).ExitCode.Should().Be(1);
        (await Laborstd.RunAsync("eligibility", graduate, "--level", "3", "--related", "4-07-01-00")).ExitCode.Should().Be(0);
        (await Laborstd.RunAsync("eligibility", graduate, "--level", "3", "--related", "1-01-01-01,4-07-01-00")).ExitCode.Should().Be(0);
        (await Laborstd.RunAsync("eligibility", gap, "--level", "4")).ExitCode.Should().Be(1);
        (await Laborstd.RunAsync("eligibility", gap, "--level", "4", "--gap-tolerance", "153")).ExitCode.Should().Be(0, "the gap from 2024-07-01 to 2024-11-30 is 153 days");
        (await Laborstd.RunAsync("eligibility", gap, "--level", "4", "--gap-tolerance", "152")).ExitCode.Should().Be(1);

        // Two years from 2023-01-01 end on 2024-12-31; the 153 bridged days are not served, so 2025-06-02, unless they count.
        var bridged = await Laborstd.RunAsync("eligibility", gap, "--level", "4", "--gap-tolerance", "153", "--as-of", "2025-06-01", "--lang", "zh");
        var counted = await Laborstd.RunAsync("eligibility", gap, "--level", "4", "--gap-tolerance", "153", "--count-bridged-days", "--as-of", "2025-06-01", "--lang", "zh");
        bridged.ExitCode.Should().Be(1);
        bridged.Out.Should().Contain("其中视为连续的间隔 153 天不计入工作时间").And.Contain("2025-06-02");
        counted.ExitCode.Should().Be(0);
        counted.Out.Should().Contain("含视为连续的间隔 153 天，计入工作时间");
    }

    [Fact]
    public async Task Rules_and_standard_documents_replace_the_shipped_ones()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("rules.json", Standards.ReadEmbeddedRulesJson());
        var standard = folder.Write("standard.json", Standards.ReadEmbeddedJson());
        var stricter = folder.Write("stricter.json", Standards.ReadEmbeddedRulesJson().Replace("\"years\": 2,\n            \"occupations\": \"this\"", "\"years\": 20,\n            \"occupations\": \"this\"", StringComparison.Ordinal));

        var shipped = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--level", "4", "--json");
        var given = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--level", "4", "--json", "--rules", rules, "--standard", standard);
        var strict = await Laborstd.RunAsync("eligibility", Samples + "level4-2-work.json", "--level", "4", "--rules", stricter);

        given.ExitCode.Should().Be(0, given.ToString());
        given.Out.Should().Be(shipped.Out);
        strict.ExitCode.Should().Be(1, "twenty years of work are not yet done");
    }
}
