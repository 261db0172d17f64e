using System.Text.Json.Nodes;
using LaborStandard.Interop;
using LaborStandard.Model;

namespace LaborStandard.Tests.Interop;

/// <summary>The shipped standard as a CASE 1.1 package: schema, content, identifiers, round trip and bad input.</summary>
public partial class CasePackageTest
{
    private static readonly OccupationalStandard Shipped = Standards.Embedded;

    private static readonly Lazy<string> ShippedPackage = new(() => CasePackage.ToJson(Shipped, CaseTestOptions.Default));

    private static JsonNode ShippedNode() => JsonNode.Parse(ShippedPackage.Value)!;

    private static IEnumerable<JsonObject> Items(JsonNode package) => package["CFItems"]!.AsArray().Select(n => n!.AsObject());

    private static IEnumerable<JsonObject> Associations(JsonNode package) => package["CFAssociations"]!.AsArray().Select(n => n!.AsObject());

    private static IEnumerable<JsonObject> ItemTypes(JsonNode package) => package["CFDefinitions"]!["CFItemTypes"]!.AsArray().Select(n => n!.AsObject());

    private static IEnumerable<JsonObject> Records(JsonNode package)
        => Items(package).Concat(Associations(package)).Concat(ItemTypes(package)).Prepend(package["CFDocument"]!.AsObject());

    private static JsonObject ItemById(JsonNode package, Guid identifier)
        => Items(package).Single(i => (string)i["identifier"]! == identifier.ToString("D"));

    private static int IndexOf(JsonNode package, Guid identifier)
        => Items(package).Select((item, index) => (item, index)).Single(x => (string)x.item["identifier"]! == identifier.ToString("D")).index;

    private static JsonObject ChildOf(JsonNode package, Guid identifier)
        => Associations(package).Single(a => (string)a["associationType"]! == "isChildOf" && (string)a["originNodeURI"]!["identifier"]! == identifier.ToString("D"));
}
