using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

#pragma warning disable CA1002 // List<T> is what the serializer writes.

/// <summary>
/// One line of a batch's answer (JSON Lines): the input record's line and id, then either the decisions or the errors that kept the record from being read. Written only.
/// </summary>
internal sealed class BatchRecordDto
{
    public long Line { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CandidateId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AsOf { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? HighestEligibleLevel { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DecisionDto>? Decisions { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DocumentErrorDto>? Errors { get; set; }
}

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
