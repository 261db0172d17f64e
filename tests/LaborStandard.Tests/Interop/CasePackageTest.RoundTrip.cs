using System.Text;
using System.Text.Json.Nodes;
using LaborStandard.Interop;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Interop;

/// <summary>A package read back is the standard that was exported.</summary>
public partial class CasePackageTest
{
    [Fact]
    public void The_shipped_standard_reads_back_equal()
    {
        var result = CasePackage.Read(ShippedPackage.Value);

        result.Errors.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.Value.Should().Be(Shipped);
    }

    [Fact]
    public void A_package_saved_to_a_stream_loads_back_equal()
    {
        using var stream = new MemoryStream();
        CasePackage.Save(Shipped, stream, CaseTestOptions.Default);
        stream.Position = 0;

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ShippedPackage.Value, "the stream holds the same text, without a byte-order mark");
        stream.Position = 0;
        CasePackage.Load(stream).Should().Be(Shipped);
        stream.Position = 0;
        CasePackage.Read(stream).Value.Should().Be(Shipped);
    }

    [Fact]
    public void A_package_read_back_exports_the_same_text()
        => CasePackage.ToJson(CasePackage.Parse(ShippedPackage.Value), CaseTestOptions.Default).Should().Be(ShippedPackage.Value);

    [Fact]
    public void Another_edition_reads_back_equal_with_its_status_version_and_texts()
    {
        var document = JsonNode.Parse(Standards.ReadEmbeddedJson())!;
        document["edition"]!["status"] = "published";
        document["edition"]!["version"] = "2.0.0";
        document["edition"]!.AsObject().Remove("titleCorrections");
        document["overview"]!["definition"]!["en"] = "Another English definition.";
        var edition = StandardDocument.Parse(document.ToJsonString());

        var package = CasePackage.ToJson(edition, CaseTestOptions.Default);

        JsonNode.Parse(package)!["CFDocument"]!["adoptionStatus"]!.GetValue<string>().Should().Be("Adopted");
        CasePackage.Parse(package).Should().Be(edition).And.NotBe(Shipped);
    }

    [Fact]
    public void Members_of_CASE_the_export_does_not_write_are_read_past()
    {
        var package = ShippedNode();
        package["CFRubrics"] = new JsonArray();
        package["CFDocument"]!["notes"] = "Imported from a CASE server.";
        package["CFDocument"]!["extensions"]!["otherTool"] = new JsonObject { ["x"] = 1 };
        package["CFItems"]![0]!["conceptKeywords"] = new JsonArray("就业");
        package["CFAssociations"]!.AsArray().Add(new JsonObject
        {
            ["identifier"] = "00000000-0000-5000-8000-000000000001",
            ["uri"] = "urn:uuid:00000000-0000-5000-8000-000000000001",
            ["associationType"] = "exactMatchOf",
            ["originNodeURI"] = new JsonObject { ["title"] = "x", ["identifier"] = (string)package["CFItems"]![0]!["identifier"]!, ["uri"] = "urn:x" },
            ["destinationNodeURI"] = new JsonObject { ["title"] = "elsewhere", ["identifier"] = "another framework's item", ["uri"] = "https://case.example.org/ims/case/v1p1/CFItems/1" },
            ["lastChangeDateTime"] = "2024-05-01T08:00:00Z",
        });

        CasePackage.Read(package.ToJsonString()).Value.Should().Be(Shipped);
    }

    [Fact]
    public void The_order_of_the_records_in_the_file_does_not_matter_the_sequence_numbers_do()
    {
        var package = ShippedNode();
        var items = package["CFItems"]!.AsArray();
        var reversed = items.Select(i => i!.DeepClone()).Reverse().ToList();
        items.Clear();
        reversed.ForEach(items.Add);
        var associations = package["CFAssociations"]!.AsArray();
        var shuffled = associations.Select(a => a!.DeepClone()).OrderBy(a => (string)a!["identifier"]!, StringComparer.Ordinal).ToList();
        associations.Clear();
        shuffled.ForEach(associations.Add);

        CasePackage.Read(package.ToJsonString()).Value.Should().Be(Shipped);
    }
}
