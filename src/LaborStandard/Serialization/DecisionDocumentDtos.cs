using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

// The JSON form of eligibility decisions: every condition's result with its citation, truth, facts and shortfall.
#pragma warning disable CA1812 // Instantiated by the System.Text.Json source generator.
#pragma warning disable CA2227 // Collection properties are set by the deserializer.
#pragma warning disable CA1002 // List<T> is what the deserializer fills.

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ReportDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CandidateId { get; set; }

    public string? AsOf { get; set; }

    public int? HighestEligibleLevel { get; set; }

    public List<DecisionDto?>? Decisions { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class DecisionDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CandidateId { get; set; }

    public int? Level { get; set; }

    public string? AsOf { get; set; }

    public string? Verdict { get; set; }

    public List<int>? HoldingConditions { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EligibleSince { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ProjectedOn { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? UnknownFacts { get; set; }

    public string? Clause { get; set; }

    public TextDto? Summary { get; set; }

    public ResultDto? Result { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ResultDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Condition { get; set; }

    public string? Type { get; set; }

    public string? Clause { get; set; }

    public string? Item { get; set; }

    public TextDto? Text { get; set; }

    public string? Truth { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HoldsSince { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ProjectedOn { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HoldsUntil { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? UnknownFacts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ShortfallDto? Shortfall { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<EvidenceDto?>? Evidence { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ResultDto?>? Children { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ShortfallDto
{
    public string? Unit { get; set; }

    public decimal? Required { get; set; }

    public decimal? Actual { get; set; }

    public decimal? Missing { get; set; }

    public TextDto? Message { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class EvidenceDto
{
    public string? Kind { get; set; }

    public bool? Counts { get; set; }

    public TextDto? Description { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunDto? Run { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CertificateDto? Certificate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TrainingDto? Training { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EducationDto? Education { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SchoolDto? School { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class RunDto
{
    public string? Start { get; set; }

    public string? End { get; set; }

    public bool? ContinuesAfter { get; set; }

    public int? Days { get; set; }

    public TextDto? Length { get; set; }

    public List<WorkDto?>? Periods { get; set; }
}
