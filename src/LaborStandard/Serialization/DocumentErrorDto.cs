using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

#pragma warning disable CA1002 // List<T> is what the serializer writes.

/// <summary>One problem of a document or record: where, which rule, what, in both languages.</summary>
internal sealed class DocumentErrorDto
{
    public string Path { get; set; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Line { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Column { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; set; }

    public string Rule { get; set; } = string.Empty;

    public TextDto? Message { get; set; }
}
