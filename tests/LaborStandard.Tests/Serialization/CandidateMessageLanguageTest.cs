using LaborStandard.Serialization;
using static LaborStandard.Tests.Support.ChineseMessages;

namespace LaborStandard.Tests.Serialization;

/// <summary>
/// What a candidate document's errors say reaches office staff in Chinese: every message has its Chinese, with no
/// English sentence and no .NET type name in it (codes, field names, dates and numbers are allowed).
/// </summary>
public class CandidateMessageLanguageTest
{
    [Theory]
    [InlineData("""{"work":[{"occupationCode":"3-01-01-02","from":"2024-02-30"}]}""")]
    [InlineData("""{"work":[{"occupationCode":"abc","from":"2020-01-01"}]}""")]
    [InlineData("""{"work":[{"occupationCode":"3-01-01-02","from":"2020-01-01","to":"2019-01-01"}]}""")]
    [InlineData("""{"work":[{"from":"2020-01-01"}]}""")]
    [InlineData("""{"education":{"level":"phd"}}""")]
    [InlineData("""{"certificates":[{"occupationCode":"3-01-01-02","level":9,"kind":"vocationalQualification","issuedOn":"2020-01-01"}]}""")]
    [InlineData("""{"trainings":[{"occupationCode":"3-01-01-02","level":4,"hours":-5}]}""")]
    [InlineData("""{"trainings":[{"occupationCode":"3-01-01-02","level":4}]}""")]
    [InlineData("""{"work":"none"}""")]
    [InlineData("""{"unknown":["everything"]}""")]
    [InlineData("""{"id":"a","id":"b"}""")]
    [InlineData("""{"work":[],"extra":1}""")]
    [InlineData("""{"work":[""")]
    [InlineData("""{"work":[null]}""")]
    public void Every_error_of_a_broken_candidate_is_written_in_chinese_without_an_english_sentence(string json)
    {
        var result = CandidateDocument.Read(json);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().OnlyContain(e => HasChinese(e.Message.Chinese) && !HasEnglishSentence(e.Message.Chinese) && !HasTypeName(e.Message.Chinese), string.Join("\n", result.Errors.Select(e => e.Message.Chinese)));
        result.Errors.Should().OnlyContain(e => !HasTypeName(e.Message.English));
    }
}
