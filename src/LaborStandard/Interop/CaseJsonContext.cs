using System.Text.Json.Serialization;

namespace LaborStandard.Interop;

/// <summary>Source-generated serialization of CASE packages: no reflection at run time, trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 256)]
[JsonSerializable(typeof(CasePackageDto))]
internal sealed partial class CaseJsonContext : JsonSerializerContext;
