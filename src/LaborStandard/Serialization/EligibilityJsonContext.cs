using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

/// <summary>Source-generated serialization of candidate profiles and eligibility decisions.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 256)]
[JsonSerializable(typeof(CandidateDto))]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(DecisionDto))]
internal sealed partial class EligibilityJsonContext : JsonSerializerContext;
