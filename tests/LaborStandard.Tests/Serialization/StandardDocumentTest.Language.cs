using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Serialization;

/// <summary>What a broken standard document's errors say reaches a Chinese reader in Chinese, not in English written twice.</summary>
public partial class StandardDocumentTest
{
    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Every_error_of_a_broken_document_says_in_chinese_what_is_wrong(string broken)
        => ChineseMessages.ShouldAllBeInChinese(StandardDocument.Read(Breaks[broken].Break(Shipped)).Errors);

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"formatVersion": 2}""")]
    [InlineData("""{"headings": [null]}""")]
    public void Every_error_of_a_document_that_is_hardly_one_says_in_chinese_what_is_wrong(string json)
        => ChineseMessages.ShouldAllBeInChinese(StandardDocument.Read(json).Errors);
}
