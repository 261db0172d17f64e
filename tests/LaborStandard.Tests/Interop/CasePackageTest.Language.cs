using System.Text.Json.Nodes;
using LaborStandard.Interop;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Interop;

/// <summary>What a broken CASE package's errors say reaches a Chinese reader in Chinese: the CASE reader's own words and the model's.</summary>
public partial class CasePackageTest
{
    private const string Extension = "extensions";

    // A name for each way to break the shipped package, and the edit that breaks it.
    private static readonly Dictionary<string, Action<JsonNode>> PackageBreaks = new()
    {
        ["no CFDocument"] = p => p.AsObject().Remove("CFDocument"),
        ["no creator"] = p => p["CFDocument"]!.AsObject().Remove("creator"),
        ["no extension"] = p => p["CFDocument"]!.AsObject().Remove(Extension),
        ["a later extension"] = p => p["CFDocument"]![Extension]!["laborStandard"]!["formatVersion"] = 2,
        ["an identifier that is not a UUID"] = p => p["CFDocument"]!["identifier"] = "not-a-uuid",
        ["two items with one identifier"] = p => p["CFItems"]![1]!["identifier"] = (string)p["CFItems"]![0]!["identifier"]!,
        ["two item types with one identifier"] = p => p["CFDefinitions"]!["CFItemTypes"]![1]!["identifier"] = (string)p["CFDefinitions"]!["CFItemTypes"]![0]!["identifier"]!,
        ["two associations with one identifier"] = p => p["CFAssociations"]![1]!["identifier"] = (string)p["CFAssociations"]![0]!["identifier"]!,
        ["a type code the export does not write"] = p => p["CFDefinitions"]!["CFItemTypes"]![0]!["typeCode"] = "standard",
        ["an item of a type not defined"] = p => p["CFItems"]![0]!["CFItemTypeURI"]!["identifier"] = "00000000-0000-5000-8000-000000000004",
        ["an association type outside CASE"] = p => p["CFAssociations"]![0]!["associationType"] = "isParentOf",
        ["a child that is not an item"] = p => ChildOf(p, CaseIdentifiers.Requirement(Shipped.Edition, Skill242))["originNodeURI"]!["identifier"] = "00000000-0000-5000-8000-000000000005",
        ["a parent that is not in the package"] = p => ChildOf(p, CaseIdentifiers.Requirement(Shipped.Edition, Skill242))["destinationNodeURI"]!["identifier"] = "00000000-0000-5000-8000-000000000003",
        ["an item without a parent"] = p => RemoveChildOf(p, CaseIdentifiers.Requirement(Shipped.Edition, Skill242)),
        ["an item placed twice"] = p =>
        {
            var extra = ChildOf(p, CaseIdentifiers.Requirement(Shipped.Edition, Skill242)).DeepClone();
            extra["identifier"] = "00000000-0000-5000-8000-000000000002";
            p["CFAssociations"]!.AsArray().Add(extra);
        },
        ["parents in a circle"] = p =>
        {
            var level3 = Shipped.WorkRequirements.ForLevel(SkillLevel.Level3)!;
            ChildOf(p, CaseIdentifiers.Function(Shipped.Edition, level3.FindFunction("2")!))["destinationNodeURI"]!["identifier"]
                = CaseIdentifiers.WorkContent(Shipped.Edition, level3.FindWorkContent("2.4")!).ToString("D");
        },
        ["a skill directly under a level"] = p => ChildOf(p, CaseIdentifiers.Requirement(Shipped.Edition, Skill242))["destinationNodeURI"]!["identifier"]
            = CaseIdentifiers.Level(Shipped.Edition, SkillLevel.Level3).ToString("D"),
        ["a knowledge citation on a skill"] = p => Skill242Item(p)["humanCodingScheme"] = "3.2 / K2.4.2",
        ["a skill under another work content"] = p => Skill242Item(p)["humanCodingScheme"] = "3.2 / S2.5.2",
        ["a blank statement"] = p => Skill242Item(p)["fullStatement"] = " ",
        ["a basic-requirements item without a number"] = p => p["CFItems"]![IndexOf(p, CaseIdentifiers.ForPath(Shipped.Edition, "basic/2.1/topic/2.1.2/item/3"))]!["listEnumeration"] = "（3）",
        ["a code correction the citation does not cite"] = p =>
        {
            var misprint = Shipped.WorkRequirements.Find(SkillLevel.Level4, RequirementKind.Knowledge, "3.1.2")!;
            ItemById(p, CaseIdentifiers.Requirement(Shipped.Edition, misprint))[Extension]!["laborStandard"]!["corrections"]![0]!["corrected"] = "3.1.9";
        },
        ["a null item"] = p => p["CFItems"]![0] = null,
        ["weights that do not sum to 100"] = p => p["CFDocument"]![Extension]!["laborStandard"]!["weightTables"]![0]!["rows"]![0]!["weights"]![0]!["percent"] = 11,
    };

    public static TheoryData<string> UnreadablePackages => [.. PackageBreaks.Keys];

    [Theory]
    [MemberData(nameof(UnreadablePackages))]
    public void Every_error_of_a_broken_package_says_in_chinese_what_is_wrong(string broken)
    {
        var package = ShippedNode();
        PackageBreaks[broken](package);

        var result = CasePackage.Read(package.ToJsonString());

        result.IsValid.Should().BeFalse(broken);
        ChineseMessages.ShouldAllBeInChinese(result.Errors);
    }

    [Fact]
    public void A_package_without_rules_says_so_in_chinese()
        => ChineseMessages.ShouldAllBeInChinese(CasePackage.ReadEligibilityRules(ShippedPackage.Value, Shipped).Errors);

    [Fact]
    public void A_rule_of_the_model_broken_inside_an_item_is_named_with_its_member_in_both_languages()
    {
        var package = ShippedNode();
        PackageBreaks["a skill under another work content"](package);

        var error = CasePackage.Read(package.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Rule.Should().Be(StandardRules.CodeUnderParent);
        error.Message.Chinese.Should().Be("skills[1].code：“2.5.2”不在工作内容 2.4 之下；如属印刷错误，请记录对编码的更正。");
        error.Message.English.Should().StartWith("skills[1].code: ");
    }

    private static JsonObject Skill242Item(JsonNode package) => ItemById(package, CaseIdentifiers.Requirement(Shipped.Edition, Skill242));
}
