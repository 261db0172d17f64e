using System.Text.Json.Serialization;

namespace LaborStandard.Cli.Output;

/// <summary>The JSON the tool writes for its own answers (show, find, score, staffing, blueprint, validate, export, batch errors), source-generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ShowDto))]
[JsonSerializable(typeof(FindDto))]
[JsonSerializable(typeof(ScoreDto))]
[JsonSerializable(typeof(StaffingDto))]
[JsonSerializable(typeof(BlueprintDto))]
[JsonSerializable(typeof(ValidationDto))]
[JsonSerializable(typeof(ExportDto))]
[JsonSerializable(typeof(DiffDto))]
[JsonSerializable(typeof(BatchErrorDto))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
