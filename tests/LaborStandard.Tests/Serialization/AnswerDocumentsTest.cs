using System.Text;
using System.Text.Json;
using LaborStandard.Assessment;
using LaborStandard.Interop.Editions;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Serialization;

/// <summary>
/// The documents of the standard's answers (requirements on their own, scores, staffing, blueprints, errors, edition
/// changes): each carries what the model says, under the names the other documents use, in both languages.
/// </summary>
public class AnswerDocumentsTest
{
    private static readonly OccupationalStandard Standard = Standards.Embedded;

    [Fact]
    public void A_level_s_requirements_list_every_function_content_and_requirement_of_the_model_in_order()
    {
        using var json = JsonDocument.Parse(RequirementDocument.ToJson(Standard, SkillLevel.Level4));
        var root = json.RootElement;
        var table = Standard.WorkRequirements.ForLevel(SkillLevel.Level4)!;

        root.GetProperty("occupationCode").GetString().Should().Be("3-01-01-02");
        root.GetProperty("level").GetInt32().Should().Be(4);
        root.GetProperty("cumulative").GetBoolean().Should().BeFalse();
        var tables = root.GetProperty("tables").EnumerateArray().ToList();
        tables.Should().ContainSingle();
        tables[0].GetProperty("section").GetString().Should().Be(table.Section);
        tables[0].GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("code").GetString()).Should().Equal(table.Functions.Select(f => f.Code));
        var written = tables[0].GetProperty("functions").EnumerateArray()
            .SelectMany(f => f.GetProperty("workContents").EnumerateArray())
            .SelectMany(w => w.GetProperty("skills").EnumerateArray().Concat(w.GetProperty("knowledge").EnumerateArray()))
            .Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("printedCode").GetString(), r.GetProperty("text").GetProperty("zh").GetString()))
            .ToList();
        var model = table.Functions.SelectMany(f => f.WorkContents).SelectMany(w => w.Skills.Concat(w.Knowledge))
            .Select(r => ((string?)(r.Kind == RequirementKind.Skill ? "skill" : "knowledge"), (string?)r.PrintedCode, (string?)r.Text.Chinese))
            .ToList();
        written.Should().Equal(model);
    }

    [Fact]
    public void The_cumulative_requirements_of_a_level_hold_the_tables_it_covers()
    {
        using var json = JsonDocument.Parse(RequirementDocument.ToJson(Standard, SkillLevel.Level3, cumulative: true, indented: false));

        json.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("level").GetInt32())
            .Should().Equal(Standard.WorkRequirements.Cumulative(SkillLevel.Level3).Select(t => t.Level.Rank));
    }

    [Fact]
    public void A_requirement_on_its_own_names_its_place_and_gives_its_corrections_only_where_the_standard_has_them()
    {
        var all = Standard.WorkRequirements.Levels.SelectMany(l => l.Skills.Concat(l.Knowledge)).ToList();
        var corrected = all.First(r => !r.Corrections.IsEmpty);
        var plain = all.First(r => r.Corrections.IsEmpty && r.Footnote is null);

        using var withCorrections = JsonDocument.Parse(RequirementDocument.ToJson(corrected));
        using var without = JsonDocument.Parse(RequirementDocument.ToJson(plain));

        var c = withCorrections.RootElement;
        c.GetProperty("level").GetInt32().Should().Be(corrected.Level.Rank);
        c.GetProperty("code").GetString().Should().Be(corrected.Code);
        c.GetProperty("printedCode").GetString().Should().Be(corrected.PrintedCode);
        c.GetProperty("clause").GetString().Should().Be(corrected.Clause);
        c.GetProperty("corrections").EnumerateArray().Select(x => x.GetProperty("printed").GetString()).Should().Equal(corrected.Corrections.Select(x => x.Printed));
        without.RootElement.TryGetProperty("corrections", out _).Should().BeFalse();
        without.RootElement.TryGetProperty("footnote", out _).Should().BeFalse();
        without.RootElement.TryGetProperty("correctedText", out _).Should().BeFalse();
    }

    [Fact]
    public void A_level_without_work_requirements_is_refused_by_name()
    {
        var write = () => RequirementDocument.ToJson(Standard, SkillLevel.Level1);

        write.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("level");
    }

    [Fact]
    public void A_score_gives_each_part_with_the_pass_mark_and_the_exact_score()
    {
        var result = new ScoreEvaluator(Standard).Evaluate(theory: 75m, skill: 59.5m);

        using var json = JsonDocument.Parse(AssessmentDocument.ToJson(result));
        var root = json.RootElement;

        root.GetProperty("passed").GetBoolean().Should().BeFalse();
        var parts = root.GetProperty("parts").EnumerateArray().ToList();
        parts.Select(p => p.GetProperty("kind").GetString()).Should().Equal("theory", "skill");
        parts[1].GetProperty("score").GetDecimal().Should().Be(59.5m);
        parts[1].GetProperty("passMark").GetInt32().Should().Be(60);
        parts[1].GetProperty("passed").GetBoolean().Should().BeFalse();
        root.GetProperty("summary").GetProperty("zh").GetString().Should().Be(result.Summary.Chinese);
        root.GetProperty("summary").GetProperty("en").GetString().Should().Be(result.Summary.English);
    }

    [Fact]
    public void One_part_s_score_has_the_same_shape_with_one_part()
    {
        var part = new ScoreEvaluator(Standard).Evaluate(AssessmentKind.Skill, 60m);

        using var json = JsonDocument.Parse(AssessmentDocument.ToJson(part));

        json.RootElement.GetProperty("passed").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("parts").GetArrayLength().Should().Be(1);
        json.RootElement.GetProperty("summary").GetProperty("zh").GetString().Should().Be(part.Summary.Chinese);
    }

    [Fact]
    public void A_checked_session_names_its_violations_as_the_documents_name_kinds_and_leaves_out_what_a_room_does_not_say()
    {
        var planner = new StaffingPlanner(Standard);
        var report = planner.Validate(new SessionPlan(AssessmentKind.Theory, [new RoomPlan(30, 2, 30), new RoomPlan(35, 1)]));

        using var json = JsonDocument.Parse(AssessmentDocument.ToJson([report]));
        var session = json.RootElement.GetProperty("sessions")[0];

        json.RootElement.GetProperty("passed").GetBoolean().Should().Be(report.Passed).And.BeFalse();
        session.GetProperty("rooms")[0].GetProperty("capacity").GetInt32().Should().Be(30);
        session.GetProperty("rooms")[1].TryGetProperty("capacity", out _).Should().BeFalse();
        session.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("kind").GetString())
            .Should().OnlyContain(k => k == "staffingRatio" || k == "staffingMinimum" || k == "staffingOddCount" || k == "roomCapacity")
            .And.HaveCount(report.Violations.Length);
        session.GetProperty("requirements")[0].GetProperty("role").GetString().Should().Be("proctor");
    }

    [Fact]
    public void Every_kind_of_violation_and_of_change_has_a_name()
    {
        Enum.GetValues<ViolationKind>().Should().OnlyContain(k => NameTables.ViolationKinds.Any(n => n.Value == k));
        NameTables.ViolationKinds.Select(n => n.Name).Should().OnlyHaveUniqueItems();
        Enum.GetValues<ChangeKind>().Should().OnlyContain(k => NameTables.ChangeKinds.Any(n => n.Value == k && char.IsLower(n.Name[0])));
    }

    [Fact]
    public void Staff_needs_are_written_without_a_check()
    {
        var planner = new StaffingPlanner(Standard);

        using var json = JsonDocument.Parse(AssessmentDocument.ToJson([planner.ProctorsFor(45), planner.EvaluatorsFor(45)], indented: false));

        json.RootElement.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).Should().Equal("theory", "skill");
        json.RootElement.TryGetProperty("sessions", out _).Should().BeFalse();
        var nulls = () => AssessmentDocument.ToJson(new StaffRequirement[] { planner.ProctorsFor(1), null! });
        nulls.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("requirements");
    }

    [Fact]
    public void A_blueprint_lists_items_only_when_asked_and_its_rows_add_up_to_the_paper()
    {
        var blueprint = new BlueprintBuilder(Standard).Build(AssessmentKind.Theory, SkillLevel.Level4, 100);

        using var plain = JsonDocument.Parse(AssessmentDocument.ToJson(blueprint));
        using var withItems = JsonDocument.Parse(AssessmentDocument.ToJson(blueprint, withItems: true));

        plain.RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("count").GetInt32()).Should().Be(100);
        plain.RootElement.TryGetProperty("items", out _).Should().BeFalse();
        plain.RootElement.GetProperty("rows")[0].GetProperty("parts")[0].TryGetProperty("items", out _).Should().BeFalse();
        withItems.RootElement.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("count").GetInt32()).Should().Be(blueprint.Items.Sum(i => i.Count));
        withItems.RootElement.GetProperty("maxDeviation").GetDecimal().Should().Be(blueprint.MaxDeviation);
    }

    [Fact]
    public void An_error_has_one_form_with_its_place_where_it_has_one_and_its_message_in_both_languages()
    {
        var error = new DocumentError("$.education.level", StandardRules.UnknownValue, new LocalizedText("不是可识别的学历。", "is not a known education level."), line: 3, column: "学历", value: "硕士研究生");
        var bare = new DocumentError("$", StandardRules.JsonSyntax, new LocalizedText("不是 JSON。", "is not JSON."));

        Write(w => ErrorDocument.Write(w, error)).Should().Be(
            """{"path":"$.education.level","line":3,"column":"学历","value":"硕士研究生","rule":"unknown-value","message":{"zh":"不是可识别的学历。","en":"is not a known education level."}}""");
        Write(w => ErrorDocument.Write(w, bare)).Should().Be("""{"path":"$","rule":"json-syntax","message":{"zh":"不是 JSON。","en":"is not JSON."}}""");
    }

    [Fact]
    public void An_unread_batch_record_and_an_error_report_list_the_same_error_in_the_same_bytes()
    {
        var record = CandidateDocument.ReadLines(new MemoryStream("{\"id\": \"A-1\", \"work\": 5}\n"u8.ToArray())).Single();
        record.IsValid.Should().BeFalse();

        using var batch = JsonDocument.Parse(BatchRecordDocument.ToJson(record, (LaborStandard.Eligibility.EligibilityReport?)null));
        using var report = JsonDocument.Parse(ErrorDocument.ToJson(new ErrorReport("invalid-document", 2, "bad", record.Errors), indented: false));

        var inBatch = batch.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetRawText()).ToList();
        var inReport = report.RootElement.GetProperty("error").GetProperty("errors").EnumerateArray().Select(e => e.GetRawText()).ToList();
        inBatch.Should().NotBeEmpty().And.Equal(inReport);
        inBatch[0].Should().Contain("\"message\":{\"zh\":");
    }

    [Fact]
    public void A_change_between_editions_is_named_in_camel_case_and_described_in_both_languages()
    {
        var json = StandardDocument.ToJson(Standard);
        var changed = StandardDocument.Parse(json.Replace("\"trainingHours\": 100", "\"trainingHours\": 120", StringComparison.Ordinal));
        var change = StandardComparison.Compare(Standard, changed).Changes.Should().ContainSingle().Subject;

        var written = Write(w => StandardDiffDocument.Write(w, change));

        written.Should().Be(
            $$$"""{"kind":"trainingHoursChanged","clause":"1.8","level":{{{change.Level!.Value.Rank}}},"description":{"zh":"{{{change.Description.Chinese}}}","en":"{{{change.Description.English}}}"}}""");
        change.Description.English.Should().Contain("100").And.Contain("120");
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
