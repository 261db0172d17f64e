using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

/// <summary>
/// Source-generated serialization of every JSON document of the library: no reflection at run time, trimming- and
/// AOT-safe. Strict: numbers are numbers, duplicate members are refused, and every transfer type refuses unknown members.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 256,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(StandardDto))]
[JsonSerializable(typeof(RulesDto))]
[JsonSerializable(typeof(CandidateDto))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
