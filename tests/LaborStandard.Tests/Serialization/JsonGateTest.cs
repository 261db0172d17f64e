using System.Text;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Serialization;

/// <summary>
/// The one gate every JSON document passes: what is wrong is said in the document's terms, in Chinese and English, with
/// its path and line, and never with a .NET type name or the serializer's own words.
/// </summary>
public class JsonGateTest
{
    public static TheoryData<string, string, string, string, string> Problems => new()
    {
        // json, path, rule, Chinese, English
        { """{ "certificates": [ { "occupationCode": "3-01-01-02", "level": "四级", "kind": "vocationalQualification", "issuedOn": "2023-06-30" } ] }""", "$.certificates[0].level", StandardRules.JsonType, "应为整数。", "must be a whole number." },
        { """{ "trainings": [ { "occupationCode": "3-01-01-02", "level": 4, "hours": "80" } ] }""", "$.trainings[0].hours", StandardRules.JsonType, "应为数字。", "must be a number." },
        { """{ "education": { "level": "bachelor", "equivalent": "yes" } }""", "$.education.equivalent", StandardRules.JsonType, "应为true 或 false。", "must be true or false." },
        { """{ "work": { "occupationCode": "3-01-01-02" } }""", "$.work", StandardRules.JsonType, "应为数组（列表）。", "must be a list (a JSON array)." },
        { """{ "education": "bachelor" }""", "$.education", StandardRules.JsonType, "应为对象。", "must be an object." },
        { """{ "id": 17 }""", "$.id", StandardRules.JsonType, "应为字符串（带引号的文本）。", "must be a string (text in quotes)." },
        { """{ "id": "a", "id": "b" }""", "$.id", StandardRules.JsonDuplicateMember, "重复出现；每个成员只能出现一次。", "is given twice; a member may appear only once." },
        { "", "$", StandardRules.JsonSyntax, "输入为空，应为一个 JSON 值。", "the input is empty; a JSON value is expected." },
        { "{ \"id\": \"a\" } x", "$", StandardRules.JsonSyntax, "文档唯一的 JSON 值之后还有其他内容。", "something follows the document's single JSON value." },
        { "{ \"id\": \"a\"", "$", StandardRules.JsonSyntax, "文档在所有对象和数组闭合之前就结束了。", "the document ends before every object and array is closed." },
        { "null", "$", StandardRules.Required, "文档为 null，应为一个对象。", "the document is null; an object is expected." },
        { "{ \"id\": 'a' }", "$", StandardRules.JsonSyntax, "第 1 行第 9 个字节处不是有效的 JSON。", "is not valid JSON at line 1, byte 9 of the line." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void A_problem_is_said_in_the_documents_terms_in_both_languages(string json, string path, string rule, string chinese, string english)
    {
        var error = CandidateDocument.Read(json).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be(path);
        error.Rule.Should().Be(rule);
        error.Message.Chinese.Should().Be(chinese);
        error.Message.English.Should().Be(english);
    }

    [Fact]
    public void An_unknown_member_is_named_with_the_members_that_exist()
    {
        var error = CandidateDocument.Read("""{ "work": [ { "occupationCode": "3-01-01-02", "from": "2020-01-01", "until": "2021-01-01" } ] }""").Errors.Single();

        error.Path.Should().Be("$.work[0].until");
        error.Rule.Should().Be(StandardRules.JsonUnknownMember);
        error.Message.Chinese.Should().Be("不是此处的成员；此对象的成员有：occupationCode、from、to。");
        error.Message.English.Should().Be("is not a member here; the members of this object are: occupationCode, from, to.");
    }

    [Fact]
    public void No_message_names_a_dotnet_type()
    {
        string[] inputs =
        [
            """{ "certificates": [ { "level": 4.5 } ] }""",
            """{ "schooling": [ { "graduated": 1 } ] }""",
            """{ "unknown": "work" }""",
            """{ "work": [ 1 ] }""",
            """[ ]""",
            "\"text\"",
        ];

        var messages = inputs.SelectMany(json => CandidateDocument.Read(json).Errors).SelectMany(e => new[] { e.Message.Chinese, e.Message.English }).ToList();

        messages.Should().HaveCountGreaterThanOrEqualTo(inputs.Length);
        messages.Should().NotContain(m => m.Contains("System.", StringComparison.Ordinal) || m.Contains("LaborStandard.", StringComparison.Ordinal) || m.Contains("Dto", StringComparison.Ordinal) || m.Contains('`'));
    }

    [Fact]
    public void Depth_beyond_the_limit_is_its_own_rule()
    {
        var json = new string('[', 100) + new string(']', 100);

        CandidateDocument.Read(json, new DocumentReadOptions(maxDepth: 64)).Errors.Single().Rule.Should().Be(StandardRules.JsonDepth);
    }

    [Fact]
    public void A_string_with_a_lone_surrogate_is_refused_not_replaced()
    {
        var error = CandidateDocument.Read("{ \"id\": \"a\ud800\" }").Errors.Single();

        error.Rule.Should().Be(StandardRules.JsonSyntax);
        error.Message.English.Should().Contain("not valid UTF-8");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_with_their_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n \"id\": \"").Concat(new byte[] { 0xC4, 0xE3 }).Concat(Encoding.UTF8.GetBytes("\" }")).ToArray();

        var error = CandidateDocument.Read(bytes).Errors.Single();

        error.Line.Should().Be(2);
        error.Message.Chinese.Should().StartWith("输入不是有效的 UTF-8");
    }
}
