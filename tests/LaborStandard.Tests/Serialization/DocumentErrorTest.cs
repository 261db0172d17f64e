using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Serialization;

/// <summary>An error names its place (path, line, column), the value at fault and the rule, in the reader's language, and never shows a raw control character.</summary>
public class DocumentErrorTest
{
    private static readonly LocalizedText NotALevel = new("不是可识别的学历。", "is not a known education level.");

    [Fact]
    public void An_error_of_a_table_reads_in_Chinese_with_line_column_and_value()
    {
        var error = new DocumentError("$.education.level", StandardRules.UnknownValue, NotALevel, line: 3, column: "学历", value: "硕士研究生");

        error.ToString(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("$.education.level（第 3 行，列「学历」），值「硕士研究生」：不是可识别的学历。 [unknown-value]");
        error.ToString(null).Should().Be(error.ToString(CultureInfo.GetCultureInfo("zh-CN")), "Chinese is the default");
    }

    [Fact]
    public void An_error_reads_in_English_for_English_and_invariant_cultures()
    {
        var error = new DocumentError("$.education.level", StandardRules.UnknownValue, NotALevel, line: 3, column: "学历", value: "硕士研究生");

        error.ToString(CultureInfo.GetCultureInfo("en-GB")).Should().Be("$.education.level (line 3, column 学历), value '硕士研究生': is not a known education level. [unknown-value]");
        error.ToString(CultureInfo.InvariantCulture).Should().Be(error.ToString(CultureInfo.GetCultureInfo("en")));
        new DocumentError("$", StandardRules.JsonSyntax, NotALevel).ToString(CultureInfo.InvariantCulture).Should().Be("$: is not a known education level. [json-syntax]");
        new DocumentError("$", StandardRules.JsonSyntax, NotALevel, column: "id").ToString(CultureInfo.InvariantCulture).Should().Be("$ (column id): is not a known education level. [json-syntax]");
    }

    [Fact]
    public void Control_characters_of_a_value_are_shown_escaped()
    {
        var error = new DocumentError("$.id", StandardRules.UnknownValue, NotALevel, line: 1, column: "编号\t", value: "a\u0007b\u001b[31m\u0085");

        var text = error.ToString(CultureInfo.GetCultureInfo("zh-CN"));

        text.Should().Contain("a\\u0007b\\u001B[31m\\u0085").And.Contain("编号\\u0009");
        text.Any(char.IsControl).Should().BeFalse();
        error.Value.Should().Be("a\u0007b\u001b[31m\u0085", "the value itself is kept as given; only its display is escaped");
    }

    [Fact]
    public void A_huge_value_is_cut()
    {
        var error = new DocumentError("$", StandardRules.UnknownValue, NotALevel, value: new string('x', 10_000));

        error.Value.Should().HaveLength(DocumentError.MaxValueLength + 1).And.EndWith("…");
    }

    [Fact]
    public void An_error_moved_to_a_line_keeps_everything_else()
    {
        var error = new DocumentError("$.work[0].from", StandardRules.JsonType, NotALevel, column: "工作开始日期", value: "2024-02-30");

        error.At(12).Should().Be(new DocumentError("$.work[0].from", StandardRules.JsonType, NotALevel, 12, "工作开始日期", "2024-02-30"));
        error.At(12, "from").Column.Should().Be("from");
    }

    [Fact]
    public void Errors_are_equal_only_when_every_part_is()
    {
        DocumentError Make(string path = "$", string rule = "r", string zh = "错", long? line = 1, string? column = "c", string? value = "v")
            => new(path, rule, new LocalizedText(zh, "wrong"), line, column, value);

        EqualityContract.Holds(Make(), Make(), Make(path: "$.a"), Make(rule: "s"), Make(zh: "不对"), Make(line: 2), Make(line: null), Make(column: null), Make(value: null));
    }

    [Fact]
    public void A_record_is_a_candidate_or_its_errors_never_both()
    {
        var candidate = new CandidateProfile(id: "A-1");
        var error = new DocumentError("$", StandardRules.JsonSyntax, NotALevel);

        var read = new CandidateRecord(4, candidate);
        var broken = new CandidateRecord(5, "A-2", [error]);

        read.IsValid.Should().BeTrue();
        read.CandidateId.Should().Be("A-1");
        read.Errors.Should().BeEmpty();
        read.ToString().Should().Be("line 4 (A-1): read");
        broken.IsValid.Should().BeFalse();
        broken.Candidate.Should().BeNull();
        broken.ToString().Should().Be("line 5 (A-2): 1 problem(s)");
        FluentActions.Invoking(() => new CandidateRecord(0, candidate)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CandidateRecord(1, null, [])).Should().Throw<ArgumentException>().WithParameterName("errors");
        FluentActions.Invoking(() => new CandidateRecord(1, null, default(ImmutableArray<DocumentError>))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CandidateRecord(1, null!)).Should().Throw<ArgumentNullException>();
    }
}
