using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

// The JSON form of an error report (docs/schema/error.schema.json). Only written, never read.
#pragma warning disable CA1812 // Instantiated by the System.Text.Json source generator.
#pragma warning disable CA2227 // Collection properties are set by the deserializer.
#pragma warning disable CA1002 // List<T> is what the deserializer fills.

internal sealed class ErrorReportDto
{
    public ErrorBodyDto? Error { get; set; }
}

internal sealed class ErrorBodyDto
{
    public string? Code { get; set; }

    public int ExitCode { get; set; }

    public string? Message { get; set; }

    public List<ErrorItemDto>? Errors { get; set; }
}

internal sealed class ErrorItemDto
{
    public string? Path { get; set; }

    public string? Rule { get; set; }

    public string? Message { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Line { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Column { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; set; }
}
