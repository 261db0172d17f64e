using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary><c>score</c>, <c>staffing</c> and <c>blueprint</c>: thin front-ends of the assessment rules, with their exit codes.</summary>
public class AssessmentCommandsTest
{
    [Theory]
    [InlineData("72", "60", 0)]
    [InlineData("60", "100", 0)]
    [InlineData("59.5", "90", 1)]
    [InlineData("72", "59.99", 1)]
    [InlineData("0", "0", 1)]
    public async Task A_candidate_passes_when_both_parts_reach_the_pass_mark(string theory, string skill, int exitCode)
    {
        var run = await Laborstd.RunAsync("score", "--theory", theory, "--skill", skill, "--json");

        run.ExitCode.Should().Be(exitCode);
        using var json = run.Json();
        json.RootElement.GetProperty("passed").GetBoolean().Should().Be(exitCode == 0);
        json.RootElement.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("kind").GetString()).Should().Equal("theory", "skill");
        json.RootElement.GetProperty("clause").GetString().Should().Be("1.9.2");
    }

    [Fact]
    public async Task Score_text_gives_each_part_and_the_overall_verdict()
    {
        var run = await Laborstd.RunAsync("score", "--theory", "72", "--skill", "59.5");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Equal(
            "理论知识考试 72 分（满分 100 分，合格线 60 分（含））：合格（1.9.2）。",
            "技能考核 59.5 分（满分 100 分，合格线 60 分（含））：不合格（1.9.2）。",
            "总评：不合格（1.9.2）");
    }

    [Theory]
    [InlineData(new[] { "--theory", "120" }, "laborstd: --theory: '120' is not between 0 and 100 points (1.9.2).")]
    [InlineData(new[] { "--skill", "-1" }, "laborstd: --skill: '-1' is not between 0 and 100 points (1.9.2).")]
    [InlineData(new[] { "--theory", "seventy" }, "laborstd: --theory: 'seventy' is not a number.")]
    [InlineData(new string[0], "laborstd: Give a --theory or a --skill score, or both.")]
    public async Task A_score_outside_the_scale_or_none_at_all_is_bad_input(string[] options, string expected)
    {
        var run = await Laborstd.RunAsync(["score", "--lang", "en", .. options]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(expected);
    }

    [Fact]
    public async Task Staffing_gives_the_proctors_and_evaluators_a_number_of_candidates_needs()
    {
        var run = await Laborstd.RunAsync("staffing", "--candidates", "46", "--json");

        run.ExitCode.Should().Be(0);
        using var json = run.Json();
        var needs = json.RootElement.GetProperty("requirements").EnumerateArray().ToList();
        needs.Select(n => (n.GetProperty("role").GetString(), n.GetProperty("required").GetInt32())).Should().Equal(("proctor", 4), ("evaluator", 5));
        (await Laborstd.RunAsync("staffing", "--candidates", "46", "--kind", "skill")).Out.Should()
            .Be("技能考核：46 名考生：按 1：15 配比需 4 名，不少于 3 名且为单数，应配考评人员 5 名（1.9.3）。\n");
    }

    [Fact]
    public async Task Staffing_with_rooms_plans_a_session_that_meets_the_rules()
    {
        var run = await Laborstd.RunAsync("staffing", "--candidates", "62", "--rooms", "40,40,25", "--kind", "theory", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().Equal(
            "Theory knowledge examination: 62 candidates, 5 staff",
            "  Room 1 (40 seats): 32 candidates, 3 staff",
            "  Room 2 (40 seats): 30 candidates, 2 staff",
            "  Room 3 (25 seats): 0 candidates, 0 staff",
            "  32 candidates: 3 by the ratio 1:15, at least 2: 3 proctors (1.9.3).",
            "  30 candidates: 2 by the ratio 1:15, at least 2: 2 proctors (1.9.3).",
            "  Meets 1.9.3 and 1.9.5.");
    }

    [Fact]
    public async Task A_session_of_one_s_own_with_violations_is_a_negative_answer()
    {
        var run = await Laborstd.RunAsync("staffing", "--kind", "theory", "--session", "31:2:40,12:1:40", "--json");

        run.ExitCode.Should().Be(1);
        using var json = run.Json();
        var violations = json.RootElement.GetProperty("sessions")[0].GetProperty("violations").EnumerateArray().ToList();
        violations.Select(v => (v.GetProperty("kind").GetString(), v.GetProperty("subject").GetString())).Should().Equal(("staffingRatio", "rooms[0]"), ("staffingMinimum", "rooms[1]"));
        (await Laborstd.RunAsync("staffing", "--kind", "skill", "--session", "20:3,25:2")).ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData(new[] { "--candidates", "100", "--rooms", "30,30" }, "laborstd: --rooms: The 2 rooms seat 60 candidates in all, fewer than the 100 to seat: 40 more seats are needed.")]
    [InlineData(new[] { "--candidates", "0" }, "laborstd: --candidates: '0' is not a whole number of at least 1.")]
    [InlineData(new string[0], "laborstd: Give the number of candidates with --candidates.")]
    [InlineData(new[] { "--session", "10:2" }, "laborstd: --session needs --kind and goes without --candidates and --rooms.")]
    [InlineData(new[] { "--kind", "theory", "--session", "10-2" }, "laborstd: --session: '10-2' should be candidates:staff[:seats].")]
    [InlineData(new[] { "--candidates", "10", "--kind", "oral" }, "laborstd: --kind: 'oral' is not one of theory, skill.")]
    public async Task Staffing_bad_input_is_one_line(string[] options, string expected)
    {
        var run = await Laborstd.RunAsync(["staffing", "--lang", "en", .. options]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(expected);
    }

    [Fact]
    public async Task A_blueprint_shares_the_questions_by_the_weight_table()
    {
        var run = await Laborstd.RunAsync("blueprint", "--level", "4", "--kind", "theory", "--count", "10", "--json");

        run.ExitCode.Should().Be(0);
        using var json = run.Json();
        json.RootElement.GetProperty("clause").GetString().Should().Be("4.1");
        json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("count").GetInt32()).Should().Equal(1, 3, 1, 2, 1, 1, 1);
        json.RootElement.GetProperty("maxDeviation").GetDecimal().Should().Be(0.5m);
        json.RootElement.TryGetProperty("items", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Blueprint_items_add_up_to_the_count()
    {
        var json = await Laborstd.RunAsync("blueprint", "--level", "三级", "--kind", "skill", "--count", "20", "--items", "--json");
        var text = await Laborstd.RunAsync("blueprint", "--level", "3", "--kind", "skill", "--count", "20", "--items", "--lang", "en");

        using var document = json.Json();
        document.RootElement.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("count").GetInt32()).Should().Be(20);
        text.OutLines[0].Should().Be("4.2 Skill requirements weight table · Level 3 / senior worker · 20 tasks");
        text.Out.Should().Contain("Questions per item:");
    }

    [Theory]
    [InlineData(new[] { "--level", "4", "--kind", "theory", "--count", "-1" }, "laborstd: --count: '-1' is not a whole number of at least 0.")]
    [InlineData(new[] { "--level", "2", "--kind", "theory", "--count", "10" }, "laborstd: --level: '2' is not a level of this standard; it defines 4, 3.")]
    [InlineData(new[] { "--level", "4", "--kind", "essay", "--count", "10" }, "laborstd: --kind: 'essay' is not one of theory, skill.")]
    public async Task Blueprint_bad_input_is_one_line(string[] options, string expected)
    {
        var run = await Laborstd.RunAsync(["blueprint", "--lang", "en", .. options]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(expected);
    }
}
