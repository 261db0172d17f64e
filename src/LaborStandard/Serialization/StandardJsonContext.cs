using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

/// <summary>Source-generated serialization of the standard document: no reflection at run time, trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 256)]
[JsonSerializable(typeof(StandardDto))]
internal sealed partial class StandardJsonContext : JsonSerializerContext;
