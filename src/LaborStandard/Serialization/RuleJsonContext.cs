using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

/// <summary>Source-generated serialization of rule documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 256)]
[JsonSerializable(typeof(RulesDto))]
internal sealed partial class RuleJsonContext : JsonSerializerContext;
