using System.Text.Json.Nodes;
using LaborStandard.Interop;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Interop;

/// <summary>Name-based identifiers: RFC 9562 version 5, derived from the edition and the item's path.</summary>
public class CaseIdentifiersTest
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private static readonly StandardEdition Edition = Standards.Embedded.Edition;

    [Fact]
    public void A_name_based_UUID_is_the_RFC_s_version_5_example()
        => CaseIdentifiers.NameBased(DnsNamespace, "www.example.com").Should().Be(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"));

    [Theory]
    [InlineData("")]
    [InlineData("3-01-01-02/1.0.0-draft")]
    [InlineData("社区工作者")]
    public void A_name_based_UUID_has_version_5_and_the_RFC_variant(string name)
    {
        var text = CaseIdentifiers.NameBased(CaseIdentifiers.Namespace, name).ToString("D");

        text[14].Should().Be('5');
        text[19].Should().BeOneOf('8', '9', 'a', 'b');
    }

    [Fact]
    public void The_namespace_is_the_version_5_UUID_of_the_project_s_URL()
        => CaseIdentifiers.Namespace.Should().Be(CaseIdentifiers.NameBased(UrlNamespace, "https://github.com/laborstandard/laborstandard/case"));

    // Values computed independently (Python's uuid.uuid5 under the namespace above).
    [Theory]
    [InlineData("", "d78ad517-c7f2-55bc-8346-c431d475aace")]
    [InlineData("level/3/function/2/content/2.4/skill/2.4.2", "b9703d01-db85-5204-af92-7d81ee6a22c0")]
    public void An_identifier_is_the_UUID_of_the_edition_and_the_path(string path, string expected)
        => CaseIdentifiers.ForPath(Edition, path).Should().Be(new Guid(expected));

    [Fact]
    public void The_identifiers_of_model_elements_follow_their_paths()
    {
        var table = Standards.Embedded.WorkRequirements.ForLevel(SkillLevel.Level3)!;
        var content = table.FindWorkContent("2.4")!;
        var misprint = Standards.Embedded.WorkRequirements.ForLevel(SkillLevel.Level4)!.Knowledge.First(k => k.IsCodeCorrected);

        CaseIdentifiers.Document(Edition).Should().Be(CaseIdentifiers.ForPath(Edition, string.Empty));
        CaseIdentifiers.Level(Edition, SkillLevel.Level3).Should().Be(CaseIdentifiers.ForPath(Edition, "level/3"));
        CaseIdentifiers.Function(Edition, table.FindFunction("2")!).Should().Be(CaseIdentifiers.ForPath(Edition, "level/3/function/2"));
        CaseIdentifiers.WorkContent(Edition, content).Should().Be(CaseIdentifiers.ForPath(Edition, "level/3/function/2/content/2.4"));
        CaseIdentifiers.Requirement(Edition, content.Skills[1]).Should().Be(new Guid("b9703d01-db85-5204-af92-7d81ee6a22c0"));
        CaseIdentifiers.Requirement(Edition, content.Knowledge[1]).Should().Be(CaseIdentifiers.ForPath(Edition, "level/3/function/2/content/2.4/knowledge/2.4.2"));
        CaseIdentifiers.Requirement(Edition, misprint).Should().Be(CaseIdentifiers.ForPath(Edition, $"level/4/function/3/content/3.1/knowledge/{misprint.Code}"), "the corrected code places the item");
    }

    [Fact]
    public void Two_exports_of_the_standard_are_the_same_text()
    {
        var copy = StandardDocument.Parse(Standards.ReadEmbeddedJson());

        CasePackage.ToJson(copy, CaseTestOptions.Default).Should().Be(CasePackage.ToJson(Standards.Embedded, CaseTestOptions.Default));
    }

    [Fact]
    public void Another_version_of_the_edition_exports_other_identifiers_throughout()
    {
        var document = JsonNode.Parse(Standards.ReadEmbeddedJson())!;
        document["edition"]!["version"] = "1.0.0";
        var final = StandardDocument.Parse(document.ToJsonString());

        var draftIds = Identifiers(CasePackage.ToJson(Standards.Embedded, CaseTestOptions.Default));
        var finalIds = Identifiers(CasePackage.ToJson(final, CaseTestOptions.Default));

        finalIds.Should().HaveSameCount(draftIds).And.NotIntersectWith(draftIds);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_their_names()
    {
        FluentActions.Invoking(() => CaseIdentifiers.NameBased(Guid.Empty, null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => CaseIdentifiers.ForPath(null!, "level/4")).Should().Throw<ArgumentNullException>().WithParameterName("edition");
        FluentActions.Invoking(() => CaseIdentifiers.ForPath(Edition, null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
        FluentActions.Invoking(() => CaseIdentifiers.Requirement(Edition, null!)).Should().Throw<ArgumentNullException>().WithParameterName("requirement");
        FluentActions.Invoking(() => CaseIdentifiers.Function(Edition, null!)).Should().Throw<ArgumentNullException>().WithParameterName("function");
        FluentActions.Invoking(() => CaseIdentifiers.WorkContent(Edition, null!)).Should().Throw<ArgumentNullException>().WithParameterName("workContent");
    }

    private static HashSet<string> Identifiers(string package)
    {
        var node = JsonNode.Parse(package)!;
        return
        [
            (string)node["CFDocument"]!["identifier"]!,
            .. node["CFItems"]!.AsArray().Select(i => (string)i!["identifier"]!),
            .. node["CFAssociations"]!.AsArray().Select(a => (string)a!["identifier"]!),
            .. node["CFDefinitions"]!["CFItemTypes"]!.AsArray().Select(t => (string)t!["identifier"]!),
        ];
    }
}
