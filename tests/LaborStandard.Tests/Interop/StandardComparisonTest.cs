using System.Text.Json.Nodes;
using LaborStandard.Interop.Editions;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Interop;

/// <summary>Comparing editions: the shipped draft against documents a user loads, changed in known ways.</summary>
public partial class StandardComparisonTest
{
    private static readonly OccupationalStandard Draft = Standards.Embedded;

    /// <summary>Loads a copy of the shipped document changed by <paramref name="edit"/>, as a user would load an edition.</summary>
    private static OccupationalStandard Edited(Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(Standards.ReadEmbeddedJson())!;
        edit(document);
        return StandardDocument.Parse(document.ToJsonString());
    }

    private static JsonNode Level(JsonNode document, int rank) => document["workRequirements"]!["levels"]!.AsArray().Single(l => (int)l!["level"]! == rank)!;

    /// <summary>The work content <paramref name="code"/> (e.g. 2.4) of a level's table.</summary>
    private static JsonNode Content(JsonNode document, int rank, string code)
        => Level(document, rank)["functions"]!.AsArray().SelectMany(f => f!["workContents"]!.AsArray()).Single(w => (string)w!["code"]! == code)!;

    private static JsonObject Item(string code, string zh, string en) => new() { ["code"] = code, ["text"] = new JsonObject { ["zh"] = zh, ["en"] = en } };

    private static (ChangeKind Kind, string Clause, int? Rank) Head(StandardChange change) => (change.Kind, change.Clause, change.Level?.Rank);
}
