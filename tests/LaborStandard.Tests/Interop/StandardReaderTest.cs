using System.Text;
using LaborStandard.Interop;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Interop;

/// <summary>A standard read from either form, told apart by content.</summary>
public class StandardReaderTest
{
    private static readonly Lazy<string> Package = new(() => CasePackage.ToJson(Standards.Embedded, CaseTestOptions.Default));

    [Fact]
    public void A_CASE_package_and_a_standard_document_read_back_as_the_same_standard_every_text_exact()
    {
        var fromPackage = StandardReader.Read(Encoding.UTF8.GetBytes(Package.Value));
        var fromDocument = StandardReader.Read(Encoding.UTF8.GetBytes(StandardDocument.ToJson(Standards.Embedded)));

        fromPackage.Errors.Should().BeEmpty();
        fromDocument.Errors.Should().BeEmpty();
        fromPackage.Value.Should().Be(Standards.Embedded).And.Be(fromDocument.Value);

        // Byte for byte: every text, Chinese and English, every correction and footnote came back as it went out.
        StandardDocument.ToJson(fromPackage.Value).Should().Be(StandardDocument.ToJson(Standards.Embedded));
    }

    [Theory]
    [InlineData("{\"CFDocument\": {}}", true)]
    [InlineData("{\"$schema\": \"x\", \"CFItems\": []}", true)]
    [InlineData("{\"CFPackageURI\": {}, \"edition\": {}}", true)]
    [InlineData("{\"formatVersion\": 1, \"CFDocument\": {}}", false)]
    [InlineData("{\"other\": {\"CFDocument\": 1}, \"edition\": {}}", false)]
    [InlineData("[]", false)]
    [InlineData("{", false)]
    [InlineData("", false)]
    public void The_first_member_that_belongs_to_one_form_decides(string json, bool isPackage)
        => CasePackage.IsPackage(Encoding.UTF8.GetBytes(json)).Should().Be(isPackage);

    [Fact]
    public void A_byte_order_mark_does_not_hide_a_package()
        => CasePackage.IsPackage([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Package.Value)]).Should().BeTrue();

    [Fact]
    public void A_broken_package_is_reported_in_the_package_s_terms()
    {
        var broken = Package.Value.Replace("\"creator\": \"人力资源社会保障部\"", "\"creator\": \"\"", StringComparison.Ordinal);

        StandardReader.Read(Encoding.UTF8.GetBytes(broken)).Errors.Should().ContainSingle()
            .Which.Should().Match<DocumentError>(e => e.Path == "$.CFDocument.creator" && e.Rule == StandardRules.Required);
    }

    [Fact]
    public void Something_that_is_neither_is_reported_by_the_standard_document_s_reader()
        => StandardReader.Read("{\"x\": 1}"u8).Errors.Should().Contain(e => e.Path == "$.x");

    [Fact]
    public void A_stream_is_read_up_to_the_limit()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Package.Value));
        StandardReader.Read(stream).Value.Should().Be(Standards.Embedded);
        stream.Position = 0;
        StandardReader.Read(stream, new DocumentReadOptions(maxBytes: 1024)).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSize);
        FluentActions.Invoking(() => StandardReader.Read((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }
}
