using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Serialization;

/// <summary>The batch record: line and id always, then decisions, short answers or errors, one JSON line each.</summary>
public class BatchRecordDocumentTest
{
    private static readonly DateOnly AsOf = new(2026, 11, 29);
    private static readonly EligibilityEngine Engine = Standards.EmbeddedEngine;

    private static CandidateRecord Read(int line, string id) => new(line, new CandidateProfile(
        Education(LaborStandard.Eligibility.Rules.EducationLevel.SeniorSecondary), schooling: [], certificates: [], trainings: [], workHistory: [Work("2015-01-01")], id: id));

    [Fact]
    public void A_record_read_carries_its_line_its_id_and_the_decisions_of_every_level()
    {
        var record = Read(12, "A-1");

        using var json = JsonDocument.Parse(BatchRecordDocument.ToJson(record, Engine.EvaluateAll(record.Candidate!, AsOf)));

        var root = json.RootElement;
        root.GetProperty("line").GetInt64().Should().Be(12);
        root.GetProperty("candidateId").GetString().Should().Be("A-1");
        root.GetProperty("asOf").GetString().Should().Be("2026-11-29");
        root.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("level").GetInt32()).Should().Equal(4, 3);
        root.GetProperty("highestEligibleLevel").GetInt32().Should().Be(4, "work alone, however long, opens 四级 only (1.9.1)");
        root.TryGetProperty("errors", out var _).Should().BeFalse();
    }

    [Fact]
    public void A_writer_of_the_caller_s_with_its_own_escaping_escapes_the_rule_texts_too_and_says_the_same()
    {
        // The rule texts are copied pre-encoded for the library's writer options; a writer that escapes non-ASCII
        // characters must get them escaped like every other string, not the library's copies.
        var record = Read(5, "A-3");
        var report = Engine.EvaluateAll(record.Candidate!, AsOf);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            BatchRecordDocument.Write(writer, record, report);
        }

        var escaped = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var relaxed = BatchRecordDocument.ToJson(record, report);

        escaped.Should().NotContain(Standards.EmbeddedRules.Levels[0].Condition.Text.Chinese).And.MatchRegex(@"\\u[0-9A-F]{4}");
        relaxed.Should().Contain(Standards.EmbeddedRules.Levels[0].Condition.Text.Chinese);
        using var fromEscaped = JsonDocument.Parse(escaped);
        using var fromRelaxed = JsonDocument.Parse(relaxed);
        JsonSerializer.Serialize(fromEscaped.RootElement).Should().Be(JsonSerializer.Serialize(fromRelaxed.RootElement), "both say the same");
    }

    [Fact]
    public void Short_answers_agree_with_the_screening_and_a_level_can_be_chosen()
    {
        var record = Read(3, "A-2");
        var screening = Engine.Screen(record.Candidate!, AsOf);

        using var json = JsonDocument.Parse(BatchRecordDocument.ToJson(record, screening, SkillLevel.Level4));

        var level = json.RootElement.GetProperty("levels").EnumerateArray().Should().ContainSingle().Subject;
        level.GetProperty("level").GetInt32().Should().Be(4);
        level.GetProperty("verdict").GetString().Should().Be("eligible");
        level.GetProperty("holdingConditions").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(screening.For(SkillLevel.Level4).HoldingConditions);
        json.RootElement.GetProperty("highestEligibleLevel").GetInt32().Should().Be(4, "only the level written counts");
    }

    [Fact]
    public void A_record_not_read_carries_every_error_with_where_what_and_the_rule_in_both_languages()
    {
        var error = new DocumentError("$.work[0].from", "table-date", new LocalizedText("不是日期。", "not a date."), 7, "工作开始日期", "2024-02-30");
        var record = new CandidateRecord(7, "B-1", [error]);

        using var json = JsonDocument.Parse(BatchRecordDocument.ToJson(record, (EligibilityReport?)null));

        var root = json.RootElement;
        root.GetProperty("line").GetInt64().Should().Be(7);
        var written = root.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
        written.GetProperty("path").GetString().Should().Be("$.work[0].from");
        written.GetProperty("column").GetString().Should().Be("工作开始日期");
        written.GetProperty("value").GetString().Should().Be("2024-02-30");
        written.GetProperty("rule").GetString().Should().Be("table-date");
        written.GetProperty("message").GetProperty("zh").GetString().Should().Be("不是日期。");
        written.GetProperty("message").GetProperty("en").GetString().Should().Be("not a date.");
        root.TryGetProperty("asOf", out var _).Should().BeFalse();
    }

    [Fact]
    public void Chinese_is_written_as_is_on_one_line()
    {
        var record = new CandidateRecord(1, "编号一", [new DocumentError("$", "x", new LocalizedText("中文", "English"))]);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, BatchRecordDocument.WriterOptions))
        {
            BatchRecordDocument.Write(writer, record);
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray());
        text.Should().Contain("编号一").And.Contain("中文").And.NotContain("\n").And.NotContain("\\u");
    }

    [Fact]
    public void An_answer_for_a_record_not_read_or_errors_for_one_read_are_refused()
    {
        var read = Read(1, "A");
        var unread = new CandidateRecord(2, null, ImmutableArray.Create(new DocumentError("$", "x", new LocalizedText("错", "wrong"))));
        var report = Engine.EvaluateAll(read.Candidate!, AsOf);
        using var writer = new Utf8JsonWriter(new MemoryStream());

        FluentActions.Invoking(() => BatchRecordDocument.Write(writer, read)).Should().Throw<ArgumentException>().WithParameterName("record");
        FluentActions.Invoking(() => BatchRecordDocument.Write(writer, unread, report)).Should().Throw<ArgumentException>().WithParameterName("record");
        FluentActions.Invoking(() => BatchRecordDocument.ToJson(read, (ScreeningReport?)null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BatchRecordDocument.Write(writer, read, report, SkillLevel.Level2)).Should().Throw<ArgumentException>().WithParameterName("level");
    }
}
