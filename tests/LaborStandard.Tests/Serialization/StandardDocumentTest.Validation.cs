using System.Text;
using System.Text.Json.Nodes;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Serialization;

/// <summary>Every validation rule rejects a document that breaks it, naming the JSON path and the rule.</summary>
public partial class StandardDocumentTest
{
    private const string Level4 = "$.workRequirements.levels[0]";
    private const string Content11 = Level4 + ".functions[0].workContents[0]";

    // A name for each broken document, the edit that breaks it, and the error expected (path, rule).
    private static readonly Dictionary<string, (Func<string, string> Break, string Path, string Rule)> Breaks = new()
    {
        ["weights do not sum to 100"] = (j => JsonEdit.Set(j, "$.weightTables[0].rows[1].weights[0].percent", 25), "$.weightTables[0].rows", StandardRules.WeightsSum),
        ["a duplicate skill code"] = (j => JsonEdit.Set(j, Content11 + ".skills[1].code", "1.1.1"), Content11 + ".skills[1].code", StandardRules.CodeUnique),
        ["a malformed code"] = (j => JsonEdit.Set(j, Content11 + ".skills[0].code", "1.1.x"), Content11 + ".skills[0].code", StandardRules.CodeFormat),
        ["a code with a leading zero"] = (j => JsonEdit.Set(j, Content11 + ".knowledge[0].code", "1.1.01"), Content11 + ".knowledge[0].code", StandardRules.CodeFormat),
        ["a child outside its parent"] = (j => JsonEdit.Set(j, Content11 + ".skills[4].code", "1.2.9"), Content11 + ".skills[4].code", StandardRules.CodeUnderParent),
        ["a work content outside its function"] = (j => JsonEdit.Set(j, Level4 + ".functions[0].code", "7"), Level4 + ".functions[0].workContents[0].code", StandardRules.CodeUnderParent),
        ["a weight row that weighs other levels than the first"] = (j => JsonEdit.Set(j, "$.weightTables[0].rows[3].weights[1].level", 2), "$.weightTables[0].rows[3].weights", StandardRules.LevelDefined),
        ["a misprint without its correction"] = (j => JsonEdit.Remove(j, Level4 + ".functions[2].workContents[0].knowledge[1].corrections"), Level4 + ".functions[2].workContents[0].knowledge[1].code", StandardRules.CodeUnderParent),
        ["a correction of something else"] = (j => JsonEdit.Set(j, Level4 + ".functions[2].workContents[0].knowledge[1].corrections[0].printed", "9.9.9"), Level4 + ".functions[2].workContents[0].knowledge[1].corrections[0].printed", StandardRules.Correction),
        ["a level beyond the ladder"] = (j => JsonEdit.Set(j, "$.overview.levels[0].level", 7), "$.overview.levels[0].level", StandardRules.LevelDefined),
        ["a table for a level the overview does not define"] = (j => JsonEdit.Set(j, Level4 + ".level", 5), "$.workRequirements.levels[0].level", StandardRules.LevelDefined),
        ["conditions for a level the overview does not define"] = (j => JsonEdit.Set(j, "$.assessment.applicationConditions[1].level", 2), "$.assessment.applicationConditions[1].level", StandardRules.LevelDefined),
        ["weights for an undefined level"] = (j => SetAllWeightLevels(j, 0, 7, 2), "$.weightTables[0].rows", StandardRules.LevelDefined),
        ["an empty chinese text"] = (j => JsonEdit.Set(j, "$.overview.definition.zh", " "), "$.overview.definition.zh", StandardRules.TextRequired),
        ["a missing english text"] = (j => JsonEdit.Remove(j, Content11 + ".skills[2].text.en"), Content11 + ".skills[2].text.en", StandardRules.TextRequired),
        ["a missing section"] = (j => JsonEdit.Remove(j, "$.assessment"), "$.assessment", StandardRules.Required),
        ["a null list entry"] = (j => JsonEdit.Set(j, Content11 + ".knowledge[3]", null), Content11 + ".knowledge[3]", StandardRules.Required),
        ["items out of order"] = (j => JsonEdit.Set(j, "$.assessment.applicationConditions[0].items[2].number", 4), "$.assessment.applicationConditions[0].items[2].number", StandardRules.ItemNumber),
        ["a pass mark above the full marks"] = (j => JsonEdit.Set(j, "$.assessment.scoring.passMark", 101), "$.assessment.scoring.passMark", StandardRules.Range),
        ["zero training hours"] = (j => JsonEdit.Set(j, "$.overview.levels[1].trainingHours", 0), "$.overview.levels[1].trainingHours", StandardRules.Range),
        ["an even minimum of evaluators that must be odd"] = (j => JsonEdit.Set(j, "$.assessment.staffing[1].minimumStaff", 4), "$.assessment.staffing[1].minimumStaff", StandardRules.Range),
        ["an unknown assessment kind"] = (j => JsonEdit.Set(j, "$.assessment.durations[0].kind", "oral"), "$.assessment.durations[0].kind", StandardRules.UnknownValue),
        ["two staffing rules for one kind"] = (j => JsonEdit.Set(j, "$.assessment.staffing[1].kind", "theory"), "$.assessment.staffing", StandardRules.KindUnique),
        ["a weight row for a function that does not exist"] = (j => JsonEdit.Set(j, "$.weightTables[1].rows[4].target.code", "6"), "$.weightTables[1].rows[4].target", StandardRules.WeightTarget),
        ["an occupation code that differs from the edition's"] = (j => JsonEdit.Set(j, "$.overview.code", "3-01-01-03"), "$.overview.code", StandardRules.Consistency),
        ["a malformed occupation code"] = (j => JsonEdit.Set(j, "$.edition.occupationCode", "30101-02"), "$.edition.occupationCode", StandardRules.CodeFormat),
        ["another format version"] = (j => JsonEdit.Set(j, "$.formatVersion", 2), "$.formatVersion", StandardRules.FormatVersion),
        ["an unknown member"] = (j => JsonEdit.Set(j, "$.overview.colour", "red"), "$.overview.colour", StandardRules.JsonUnknownMember),
        ["a string where a number belongs"] = (j => JsonEdit.Set(j, "$.overview.levels[0].level", "four"), "$.overview.levels[0].level", StandardRules.JsonType),
        ["an object where a list belongs"] = (j => JsonEdit.Set(j, "$.headings", new JsonObject()), "$.headings", StandardRules.JsonType),
        ["two headings for one clause"] = (j => JsonEdit.Set(j, "$.headings[2].clause", "1.1"), "$.headings[2].clause", StandardRules.CodeUnique),
        ["a heading without a clause number"] = (j => JsonEdit.Set(j, "$.headings[0].clause", "1..2"), "$.headings[0].clause", StandardRules.CodeFormat),
        ["levels out of order"] = (j => JsonEdit.Set(j, "$.overview.levels[1].level", 5), "$.overview.levels[1].level", StandardRules.LevelDefined),
        ["a level defined twice"] = (j => JsonEdit.Set(j, "$.overview.levels[1].level", 4), "$.overview.levels[1].level", StandardRules.LevelUnique),
        ["tables out of order"] = (j => JsonEdit.Set(j, "$.workRequirements.levels[1].level", 5), "$.workRequirements.levels[1].level", StandardRules.LevelDefined),
        ["two tables for one level"] = (j => JsonEdit.Set(j, "$.workRequirements.levels[1].level", 4), "$.workRequirements.levels[1].level", StandardRules.LevelUnique),
        ["a level with application conditions twice"] = (j => JsonEdit.Set(j, "$.assessment.applicationConditions[1].level", 4), "$.assessment.applicationConditions[1].level", StandardRules.LevelUnique),
        ["a level without application conditions"] = (j => JsonEdit.Remove(j, "$.assessment.applicationConditions[1]"), "$.assessment.applicationConditions", StandardRules.LevelDefined),
        ["application conditions without an item"] = (j => JsonEdit.Set(j, "$.assessment.applicationConditions[0].items", new JsonArray()), "$.assessment.applicationConditions[0].items", StandardRules.Required),
        ["a missing list"] = (j => JsonEdit.Remove(j, "$.assessment.methods"), "$.assessment.methods", StandardRules.Required),
        ["a topic outside its section"] = (j => JsonEdit.Set(j, "$.basicRequirements.sections[0].topics[1].code", "2.2.9"), "$.basicRequirements.sections[0].topics[1].code", StandardRules.CodeUnderParent),
        ["a duplicate topic code"] = (j => JsonEdit.Set(j, "$.basicRequirements.sections[0].topics[1].code", "2.1.1"), "$.basicRequirements.sections[0].topics[1].code", StandardRules.CodeUnique),
        ["a correction that changes nothing"] = (j => JsonEdit.Set(j, "$.edition.titleCorrections[0].corrected", JsonEdit.Get(j, "$.edition.titleCorrections[0].printed")!.DeepClone()), "$.edition.titleCorrections[0].corrected", StandardRules.Correction),
        ["a correction of a code the element does not have"] = (j => JsonEdit.Set(j, "$.overview.nameCorrections[0].target", "code"), "$.overview.nameCorrections[0].target", StandardRules.Correction),
        ["a footnote whose anchor is not in the text"] = (j => JsonEdit.Set(j, Level4 + ".functions[1].workContents[1].skills[5].footnote.anchor", "不在此处"), Level4 + ".functions[1].workContents[1].skills[5].footnote.anchor", StandardRules.TextRequired),
        ["a weight row weighed twice"] = (j => JsonEdit.Set(j, "$.weightTables[1].rows[1].target.code", "1"), "$.weightTables[1].rows[1].target", StandardRules.CodeUnique),
        ["a level weighted twice in a row"] = (j => JsonEdit.Set(j, "$.weightTables[0].rows[0].weights[1].level", 4), "$.weightTables[0].rows[0].weights[1].level", StandardRules.LevelUnique),
        ["a percent above 100"] = (j => JsonEdit.Set(j, "$.weightTables[0].rows[0].weights[0].percent", 101), "$.weightTables[0].rows[0].weights[0].percent", StandardRules.Range),
        ["two theory weight tables"] = (j => JsonEdit.Set(j, "$.weightTables[1].kind", "theory"), "$.weightTables", StandardRules.KindUnique),
        ["a weight table without rows"] = (j => JsonEdit.Set(j, "$.weightTables[0].rows", new JsonArray()), "$.weightTables[0].rows", StandardRules.Required),
        ["a function no row weighs"] = (j => MergeRow(j, table: 1, row: 4, into: 3), "$.weightTables[1].rows", StandardRules.WeightTarget),
    };

    public static TheoryData<string> BrokenDocuments => [.. Breaks.Keys];

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void A_document_that_breaks_a_rule_is_rejected_with_the_path_and_the_rule(string broken)
    {
        var (edit, path, rule) = Breaks[broken];

        var result = StandardDocument.Read(edit(Shipped));

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull("a rejected document never yields a half-built standard");
        result.Errors.Should().Contain(e => e.Path == path && e.Rule == rule, string.Join("\n", result.Errors));
        result.Errors.Should().OnlyContain(e => e.Path.StartsWith('$') && e.Message.English.Length > 0);
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Parse_throws_a_document_exception_listing_the_errors(string broken)
    {
        var act = () => StandardDocument.Parse(Breaks[broken].Break(Shipped));

        var thrown = act.Should().Throw<DocumentException>().Which;
        thrown.Errors.Should().NotBeEmpty();
        thrown.Message.Should().Contain(thrown.Errors[0].Path).And.Contain(thrown.Errors[0].Rule);
        thrown.DocumentKind.Should().Be("standard document");
    }

    [Fact]
    public void Every_problem_of_a_document_is_reported_not_only_the_first()
    {
        var json = JsonEdit.Set(Shipped, "$.overview.definition.zh", string.Empty);
        json = JsonEdit.Set(json, Content11 + ".skills[0].code", "x");
        json = JsonEdit.Set(json, "$.assessment.durations[1].minimumMinutes", -5);

        var result = StandardDocument.Read(json);

        result.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.overview.definition.zh",
            Content11 + ".skills[0].code",
            "$.assessment.durations[1].minimumMinutes");
    }

    [Fact]
    public void A_misprint_without_correction_is_explained()
    {
        var result = StandardDocument.Read(JsonEdit.Remove(Shipped, Level4 + ".functions[2].workContents[0].knowledge[1].corrections"));

        result.Errors.Should().ContainSingle().Which.Message.English.Should().Contain("'3.2.2' does not sit under work content 3.1").And.Contain("record a correction");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    [InlineData(50_000)]
    public void A_truncated_document_is_a_syntax_error_with_a_line(int length)
    {
        var result = StandardDocument.Read(Shipped[..length]);

        result.Errors.Should().ContainSingle().Which.Should().Match<DocumentError>(e => e.Rule == StandardRules.JsonSyntax && e.Line >= 1);
    }

    [Fact]
    public void Empty_and_null_documents_are_rejected()
    {
        StandardDocument.Read(string.Empty).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSyntax);
        StandardDocument.Read("null").Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.Required);
        StandardDocument.Read("[]").Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonType);
        StandardDocument.Read("{}").Errors.Should().Contain(e => e.Path == "$.edition" && e.Rule == StandardRules.Required);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_rejected_before_it_is_deserialized()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var result = StandardDocument.Read(deep);

        result.Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonDepth);
    }

    [Fact]
    public void Input_larger_than_the_limit_is_rejected_without_reading_it()
    {
        var options = new DocumentReadOptions(maxBytes: 1024);

        StandardDocument.Read(Shipped, options).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSize);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Shipped));
        StandardDocument.Read(stream, options).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSize);
        stream.Position.Should().BeLessThanOrEqualTo(1024 + 81920, "the reader stops once the limit is passed");
    }

    [Fact]
    public void A_member_named_twice_is_rejected()
    {
        var json = Shipped.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"formatVersion\": 1,", StringComparison.Ordinal);

        StandardDocument.Read(json).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonDuplicateMember);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Shipped);
        var at = Encoding.UTF8.GetBytes(Shipped[..Shipped.IndexOf('社', StringComparison.Ordinal)]).Length;
        bytes[at] = 0xFF;

        var error = StandardDocument.Read(bytes).Errors.Should().ContainSingle().Which;
        error.Rule.Should().Be(StandardRules.JsonSyntax);
        error.Message.English.Should().Contain("UTF-8");
        error.Line.Should().Be(Shipped[..Shipped.IndexOf('社', StringComparison.Ordinal)].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_not_json()
    {
        StandardDocument.Read("// c\n" + Shipped).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSyntax);
        StandardDocument.Read(Shipped.TrimEnd()[..^1] + ",}").Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSyntax);
        StandardDocument.Read(Shipped + "{}").Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSyntax);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        FluentActions.Invoking(() => StandardDocument.Read((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => StandardDocument.Read((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => StandardDocument.ToJson(null!)).Should().Throw<ArgumentNullException>().WithParameterName("standard");
        FluentActions.Invoking(() => new DocumentReadOptions(maxBytes: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxBytes");
        FluentActions.Invoking(() => new DocumentReadOptions(maxDepth: 300)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDepth");
    }

    [Fact]
    public void Truncating_the_document_anywhere_gives_errors_and_never_an_exception()
    {
        var bytes = Encoding.UTF8.GetBytes(Shipped);
        for (var length = 0; length < bytes.Length; length += 997)
        {
            var result = StandardDocument.Read(bytes.AsSpan(0, length));
            result.IsValid.Should().BeFalse();
            result.Errors.Should().NotBeEmpty();
        }
    }

    /// <summary>Removes a row of a weight table and adds its weights to another, so that the columns still sum to 100.</summary>
    private static string MergeRow(string json, int table, int row, int into)
    {
        var rows = $"$.weightTables[{table}].rows";
        for (var weight = 0; weight < JsonEdit.Get(json, $"{rows}[{row}].weights")!.AsArray().Count; weight++)
        {
            var sum = (int)JsonEdit.Get(json, $"{rows}[{row}].weights[{weight}].percent")! + (int)JsonEdit.Get(json, $"{rows}[{into}].weights[{weight}].percent")!;
            json = JsonEdit.Set(json, $"{rows}[{into}].weights[{weight}].percent", sum);
        }

        return JsonEdit.Remove(json, $"{rows}[{row}]");
    }

    private static string SetAllWeightLevels(string json, int table, int rows, int level)
    {
        for (var row = 0; row < rows; row++)
        {
            json = JsonEdit.Set(json, $"$.weightTables[{table}].rows[{row}].weights[1].level", level);
        }

        return json;
    }
}
