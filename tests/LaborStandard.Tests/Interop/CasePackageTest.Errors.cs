using System.Text.Json.Nodes;
using LaborStandard.Interop;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Interop;

/// <summary>What is not a package this library can read back is refused, each problem with its JSON path and rule.</summary>
public partial class CasePackageTest
{
    private static readonly Requirement Skill242 = Shipped.WorkRequirements.Find(SkillLevel.Level3, RequirementKind.Skill, "2.4.2")!;

    [Fact]
    public void A_standard_document_is_not_a_CASE_package()
    {
        var result = CasePackage.Read(Standards.ReadEmbeddedJson());

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Match<DocumentError>(e => e.Path == "$.CFDocument" && e.Rule == StandardRules.Required && e.Message.English == "is required.");
    }

    [Theory]
    [InlineData("", StandardRules.JsonSyntax)]
    [InlineData("{\"CFDocument\": ", StandardRules.JsonSyntax)]
    [InlineData("[]", StandardRules.JsonType)]
    [InlineData("{\"CFDocument\": \"x\"}", StandardRules.JsonType)]
    [InlineData("null", StandardRules.Required)]
    public void Text_that_is_not_a_package_is_refused(string json, string rule)
        => CasePackage.Read(json).Errors.Should().ContainSingle().Which.Rule.Should().Be(rule);

    [Fact]
    public void A_CASE_package_from_another_tool_lacks_the_extension()
    {
        var package = ShippedNode();
        package["CFDocument"]!.AsObject().Remove("extensions");

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle()
            .Which.Should().Match<DocumentError>(e => e.Path == "$.CFDocument.extensions.laborStandard" && e.Rule == CaseRules.Extension);
    }

    [Fact]
    public void A_later_version_of_the_extension_is_refused()
    {
        var package = ShippedNode();
        package["CFDocument"]!["extensions"]!["laborStandard"]!["formatVersion"] = 2;

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle()
            .Which.Should().Match<DocumentError>(e => e.Path == "$.CFDocument.extensions.laborStandard.formatVersion" && e.Rule == StandardRules.FormatVersion);
    }

    [Fact]
    public void A_package_is_refused_at_the_path_and_rule_of_each_problem()
    {
        var package = ShippedNode();
        var skill = IndexOf(package, CaseIdentifiers.Requirement(Shipped.Edition, Skill242));
        var level = IndexOf(package, CaseIdentifiers.Level(Shipped.Edition, SkillLevel.Level4));
        package["CFDocument"]!.AsObject().Remove("creator");
        package["CFItems"]![skill]!.AsObject().Remove("fullStatement");
        package["CFItems"]![level]!["extensions"]!["laborStandard"]!["en"]!.AsObject().Remove("abbreviatedStatement");

        var errors = CasePackage.Read(package.ToJsonString()).Errors.Select(e => (e.Path, e.Rule));

        errors.Should().BeEquivalentTo(new[]
        {
            ("$.CFDocument.creator", StandardRules.Required),
            ($"$.CFItems[{skill}].fullStatement", StandardRules.Required),
            ($"$.CFItems[{level}].extensions.laborStandard.en.abbreviatedStatement", StandardRules.Required),
        });
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("D78AD517-C7F2-55BC-8346-C431D475AACE")]
    [InlineData("d78ad517-c7f2-55bc-c346-c431d475aace")]
    public void An_identifier_that_is_not_a_CASE_UUID_is_refused(string identifier)
    {
        var package = ShippedNode();
        package["CFDocument"]!["identifier"] = identifier;

        CasePackage.Read(package.ToJsonString()).Errors.Should().Contain(e =>
            e.Path == "$.CFDocument.identifier" && e.Rule == CaseRules.Identifier && e.Message.English == $"'{identifier}' is not a lower-case UUID with an RFC variant, as CASE 1.1 requires.");
    }

    [Fact]
    public void Two_records_with_one_identifier_are_refused()
    {
        var package = ShippedNode();
        package["CFItems"]![1]!["identifier"] = (string)package["CFItems"]![0]!["identifier"]!;

        CasePackage.Read(package.ToJsonString()).Errors.Should().Contain(e => e.Path == "$.CFItems[1].identifier" && e.Rule == CaseRules.Identifier);
    }

    [Fact]
    public void An_item_without_a_parent_has_no_place_in_the_standard()
    {
        var package = ShippedNode();
        var identifier = CaseIdentifiers.Requirement(Shipped.Edition, Skill242);
        RemoveChildOf(package, identifier);

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle()
            .Which.Should().Match<DocumentError>(e => e.Path == $"$.CFItems[{IndexOf(package, identifier)}]" && e.Rule == CaseRules.Tree);
    }

    [Fact]
    public void An_item_placed_twice_is_refused()
    {
        var package = ShippedNode();
        var extra = ChildOf(package, CaseIdentifiers.Requirement(Shipped.Edition, Skill242)).DeepClone();
        extra["identifier"] = "00000000-0000-5000-8000-000000000002";
        package["CFAssociations"]!.AsArray().Add(extra);

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle().Which.Rule.Should().Be(CaseRules.Tree);
    }

    [Fact]
    public void A_chain_of_parents_that_runs_in_a_circle_is_refused()
    {
        var package = ShippedNode();
        var content = Shipped.WorkRequirements.ForLevel(SkillLevel.Level3)!.FindWorkContent("2.4")!;
        var function = Shipped.WorkRequirements.ForLevel(SkillLevel.Level3)!.FindFunction("2")!;
        ChildOf(package, CaseIdentifiers.Function(Shipped.Edition, function))["destinationNodeURI"]!["identifier"] = CaseIdentifiers.WorkContent(Shipped.Edition, content).ToString("D");

        var errors = CasePackage.Read(package.ToJsonString()).Errors;

        errors.Should().NotBeEmpty().And.OnlyContain(e => e.Rule == CaseRules.Tree && e.Message.Contains("circle"));
        errors.Should().Contain(e => e.Path == $"$.CFItems[{IndexOf(package, CaseIdentifiers.Function(Shipped.Edition, function))}]");
    }

    [Fact]
    public void A_parent_that_is_not_in_the_package_is_refused()
    {
        var package = ShippedNode();
        ChildOf(package, CaseIdentifiers.Requirement(Shipped.Edition, Skill242))["destinationNodeURI"]!["identifier"] = "00000000-0000-5000-8000-000000000003";

        CasePackage.Read(package.ToJsonString()).Errors.Should().Contain(e => e.Rule == CaseRules.Reference && e.Path.EndsWith(".destinationNodeURI.identifier", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_of_an_unknown_type_is_refused()
    {
        var package = ShippedNode();
        package["CFItems"]![0]!["CFItemTypeURI"]!["identifier"] = "00000000-0000-5000-8000-000000000004";

        CasePackage.Read(package.ToJsonString()).Errors.Should().Contain(e => e.Path == "$.CFItems[0].CFItemTypeURI.identifier" && e.Rule == CaseRules.Reference);
    }

    [Fact]
    public void A_type_code_the_export_does_not_write_is_refused()
    {
        var package = ShippedNode();
        package["CFDefinitions"]!["CFItemTypes"]![0]!["typeCode"] = "standard";

        CasePackage.Read(package.ToJsonString()).Errors.Should().Contain(e => e.Path == "$.CFDefinitions.CFItemTypes[0].typeCode" && e.Rule == StandardRules.UnknownValue);
    }

    [Fact]
    public void An_association_type_outside_the_vocabulary_is_refused()
    {
        var package = ShippedNode();
        package["CFAssociations"]![0]!["associationType"] = "isParentOf";

        CasePackage.Read(package.ToJsonString()).Errors.Should().Contain(e => e.Path == "$.CFAssociations[0].associationType" && e.Rule == StandardRules.UnknownValue);
    }

    [Fact]
    public void A_skill_directly_under_a_level_is_out_of_place()
    {
        var package = ShippedNode();
        var identifier = CaseIdentifiers.Requirement(Shipped.Edition, Skill242);
        ChildOf(package, identifier)["destinationNodeURI"]!["identifier"] = CaseIdentifiers.Level(Shipped.Edition, SkillLevel.Level3).ToString("D");

        CasePackage.Read(package.ToJsonString()).Errors.Should().Contain(e => e.Path == $"$.CFItems[{IndexOf(package, identifier)}]" && e.Rule == CaseRules.Tree);
    }

    [Theory]
    [InlineData("2.4.2", StandardRules.CodeFormat)]
    [InlineData("3.1 / S2.4.2", StandardRules.CodeFormat)]
    [InlineData("3.2 / 2.4.2", StandardRules.CodeFormat)]
    [InlineData("3.2 / K2.4.2", StandardRules.CodeFormat)]
    [InlineData("3.2 / S", StandardRules.CodeFormat)]
    [InlineData("3.2 / S2.5.2", StandardRules.CodeUnderParent)]
    [InlineData("3.2 / S2.4.1", StandardRules.CodeUnique)]
    public void A_requirement_coded_out_of_place_is_refused(string citation, string rule)
    {
        var package = ShippedNode();
        var index = IndexOf(package, CaseIdentifiers.Requirement(Shipped.Edition, Skill242));
        package["CFItems"]![index]!["humanCodingScheme"] = citation;

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle().Which.Rule.Should().Be(rule);
    }

    [Fact]
    public void A_knowledge_code_on_a_skill_is_named_in_both_languages()
    {
        var package = ShippedNode();
        var index = IndexOf(package, CaseIdentifiers.Requirement(Shipped.Edition, Skill242));
        package["CFItems"]![index]!["humanCodingScheme"] = "3.2 / K2.4.2";

        var error = CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be($"$.CFItems[{index}].humanCodingScheme");
        error.Message.Chinese.Should().Be("'3.2 / K2.4.2' 不是表 3.2 中技能要求的编码，应形如 '3.2 / S2.1.1'。");
        error.Message.English.Should().Be("'3.2 / K2.4.2' is not the citation of a skill requirement of table 3.2, such as '3.2 / S2.1.1'.");
    }

    [Fact]
    public void A_basic_requirement_item_needs_a_number()
    {
        var package = ShippedNode();
        var index = IndexOf(package, CaseIdentifiers.ForPath(Shipped.Edition, "basic/2.1/topic/2.1.2/item/3"));
        package["CFItems"]![index]!["listEnumeration"] = "（3）";

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle()
            .Which.Should().Match<DocumentError>(e => e.Path == $"$.CFItems[{index}].listEnumeration" && e.Rule == StandardRules.ItemNumber);
    }

    [Fact]
    public void A_rule_of_the_standard_broken_in_the_extension_is_reported_there()
    {
        var package = ShippedNode();
        package["CFDocument"]!["extensions"]!["laborStandard"]!["weightTables"]![0]!["rows"]![0]!["weights"]![0]!["percent"] = 11;

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle()
            .Which.Should().Match<DocumentError>(e => e.Path == "$.CFDocument.extensions.laborStandard.weightTables[0].rows" && e.Rule == StandardRules.WeightsSum);
    }

    [Fact]
    public void An_unknown_member_of_the_extension_is_refused()
    {
        var package = ShippedNode();
        package["CFDocument"]!["extensions"]!["laborStandard"]!["weights"] = 1;

        CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonUnknownMember);
    }

    [Fact]
    public void Parse_throws_with_every_problem()
    {
        var act = () => CasePackage.Parse(Standards.ReadEmbeddedJson());

        act.Should().Throw<DocumentException>()
            .Where(e => e.DocumentKind == "CASE package" && e.Errors.Length == 1 && e.Message.Contains("$.CFDocument", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_arguments_are_refused_with_their_names()
    {
        FluentActions.Invoking(() => CasePackage.ToJson(null!, CaseTestOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("standard");
        FluentActions.Invoking(() => CasePackage.ToJson(Shipped, null!)).Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => CasePackage.Save(Shipped, null!, CaseTestOptions.Default)).Should().Throw<ArgumentNullException>().WithParameterName("destination");
        FluentActions.Invoking(() => CasePackage.Save(Shipped, Stream.Null, null!)).Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => CasePackage.Read((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => CasePackage.Read((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public void A_package_larger_than_the_limit_is_not_read()
        => CasePackage.Read(ShippedPackage.Value, new DocumentReadOptions(maxBytes: 1024)).Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSize);

    private static void RemoveChildOf(JsonNode package, Guid identifier)
    {
        var associations = package["CFAssociations"]!.AsArray();
        associations.Remove(ChildOf(package, identifier));
    }
}
