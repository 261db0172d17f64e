using System.Text.Json.Nodes;

namespace LaborStandard.Tests.Interop;

/// <summary>The export keeps the CASE 1.1 JSON Schema binding and the rules CASE readers rely on.</summary>
public partial class CasePackageTest
{
    private static readonly string[] UsedAssociationTypes = ["isChildOf", "precedes"];

    /// <summary>Ways to break a package, each with the violation the schema checks must report.</summary>
    public static TheoryData<string, string> BrokenPackages => new()
    {
        { "document without creator", "$.CFDocument.creator: is required" },
        { "item without fullStatement", "$.CFItems[0].fullStatement: is required" },
        { "upper-case identifier", "$.CFItems[0].identifier: " },
        { "identifier of variant c", "$.CFAssociations[0].identifier: " },
        { "unknown association type", "$.CFAssociations[0].associationType: 'isParentOf' is not in the vocabulary" },
        { "CASE 1.0 package URI", "$.CFDocument.CFPackageURI: is not a member of this record" },
        { "local time stamp", "$.CFItems[0].lastChangeDateTime: " },
        { "relative URI", "$.CFItems[0].uri: " },
        { "CASE version 1.0", "$.CFDocument.caseVersion: must be 1.1" },
        { "sequence number as text", "$.CFAssociations[0].sequenceNumber: must be an integer" },
        { "item type without description", "$.CFDefinitions.CFItemTypes[0].description: is required" },
        { "link without title", "$.CFAssociations[0].originNodeURI.title: is required" },
    };

    [Fact]
    public void The_export_of_the_shipped_standard_keeps_every_check_of_the_CASE_schema()
        => CaseSchema.Violations(ShippedNode()).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(BrokenPackages))]
    public void The_schema_checks_catch_a_broken_package(string breakage, string violation)
    {
        var package = ShippedNode();
        Break(package, breakage);

        CaseSchema.Violations(package).Should().ContainSingle().Which.Should().StartWith(violation);
    }

    [Theory]
    [InlineData("2ed6657d-e927-568b-95e1-2665a8aea6a2", true)]
    [InlineData("2ed6657d-e927-568b-c5e1-2665a8aea6a2", false)]
    [InlineData("2ED6657D-E927-568B-95E1-2665A8AEA6A2", false)]
    [InlineData("2ed6657de927568b95e12665a8aea6a2", false)]
    [InlineData("{2ed6657d-e927-568b-95e1-2665a8aea6a2}", false)]
    public void The_identifier_pattern_is_the_schema_s(string identifier, bool matches)
        => CaseSchema.IsIdentifier(identifier).Should().Be(matches);

    [Fact]
    public void Every_identifier_of_the_package_is_unique()
    {
        var package = ShippedNode();
        var identifiers = Records(package).Select(r => (string)r["identifier"]!).ToList();

        identifiers.Should().OnlyHaveUniqueItems();
        identifiers.Should().HaveCount(1 + Items(package).Count() + Associations(package).Count() + ItemTypes(package).Count());
    }

    [Fact]
    public void Every_item_names_a_type_of_the_definitions_by_identifier_and_title()
    {
        var package = ShippedNode();
        var types = ItemTypes(package).ToDictionary(t => (string)t["identifier"]!, t => (string)t["title"]!);

        types.Should().HaveCount(8);
        foreach (var item in Items(package))
        {
            var link = item["CFItemTypeURI"]!;
            types.Should().ContainKey((string)link["identifier"]!);
            ((string)item["CFItemType"]!).Should().Be(types[(string)link["identifier"]!]).And.Be((string)link["title"]!);
            ((string)link["uri"]!).Should().Be(ItemTypes(package).Single(t => (string)t["identifier"]! == (string)link["identifier"]!)["uri"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Every_association_links_records_of_the_package_with_their_titles_and_URIs()
    {
        var package = ShippedNode();
        var nodes = Items(package).Append(package["CFDocument"]!.AsObject())
            .ToDictionary(n => (string)n["identifier"]!, n => (Uri: (string)n["uri"]!, Title: (string)(n["fullStatement"] ?? n["title"])!));

        foreach (var association in Associations(package))
        {
            foreach (var end in (string[])["originNodeURI", "destinationNodeURI"])
            {
                var link = association[end]!;
                nodes.Should().ContainKey((string)link["identifier"]!);
                var node = nodes[(string)link["identifier"]!];
                ((string)link["uri"]!).Should().Be(node.Uri);
                ((string)link["title"]!).Should().Be(node.Title);
            }
        }

        Associations(package).Select(a => (string)a["associationType"]!).Distinct().Should().BeEquivalentTo(UsedAssociationTypes);
    }

    [Fact]
    public void Every_item_is_the_child_of_one_parent_numbered_from_one_among_its_siblings()
    {
        var package = ShippedNode();
        var childOf = Associations(package).Where(a => (string)a["associationType"]! == "isChildOf").ToList();

        childOf.Select(a => (string)a["originNodeURI"]!["identifier"]!).Should().BeEquivalentTo(Items(package).Select(i => (string)i["identifier"]!));
        foreach (var siblings in childOf.GroupBy(a => (string)a["destinationNodeURI"]!["identifier"]!))
        {
            siblings.Select(a => (int)a["sequenceNumber"]!).Should().Equal(Enumerable.Range(1, siblings.Count()));
        }
    }

    private static void Break(JsonNode package, string breakage)
    {
        var item = package["CFItems"]![0]!.AsObject();
        var association = package["CFAssociations"]![0]!.AsObject();
        switch (breakage)
        {
            case "document without creator": package["CFDocument"]!.AsObject().Remove("creator"); break;
            case "item without fullStatement": item.Remove("fullStatement"); break;
            case "upper-case identifier": item["identifier"] = ((string)item["identifier"]!).ToUpperInvariant(); break;
            case "identifier of variant c": association["identifier"] = ((string)association["identifier"]!)[..19] + "c" + ((string)association["identifier"]!)[20..]; break;
            case "unknown association type": association["associationType"] = "isParentOf"; break;
            case "CASE 1.0 package URI": package["CFDocument"]!["CFPackageURI"] = new JsonObject { ["title"] = "t", ["identifier"] = "i", ["uri"] = "urn:x" }; break;
            case "local time stamp": item["lastChangeDateTime"] = "1970-01-01 00:00:00"; break;
            case "relative URI": item["uri"] = "CFItems/" + (string)item["identifier"]!; break;
            case "CASE version 1.0": package["CFDocument"]!["caseVersion"] = "1.0"; break;
            case "sequence number as text": association["sequenceNumber"] = "1"; break;
            case "item type without description": package["CFDefinitions"]!["CFItemTypes"]![0]!.AsObject().Remove("description"); break;
            case "link without title": association["originNodeURI"]!.AsObject().Remove("title"); break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "No such breakage.");
        }
    }
}
