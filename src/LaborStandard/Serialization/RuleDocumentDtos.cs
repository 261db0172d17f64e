using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

// The JSON format of rule documents. A condition is one object whose "type" names the predicate; the members a
// predicate does not use must be absent (RuleDocumentReader reports them). There is no member for code or expressions.

internal sealed class RulesDto
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    public int? FormatVersion { get; set; }

    public string? OccupationCode { get; set; }

    public List<LevelRuleDto?>? Levels { get; set; }
}

internal sealed class LevelRuleDto
{
    public int? Level { get; set; }

    public ConditionDto? Condition { get; set; }
}

internal sealed class ConditionDto
{
    public string? Type { get; set; }

    public string? Clause { get; set; }

    public string? Item { get; set; }

    public TextDto? Text { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ConditionDto?>? Conditions { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CertificateSpecDto? Certificate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Years { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Occupations { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CertificateSpecDto? CountedFrom { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Level { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RequiredHours { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Minimum { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AcceptsEquivalent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Schools { get; set; }
}

internal sealed class CertificateSpecDto
{
    public int? Level { get; set; }

    public List<string?>? Kinds { get; set; }

    public string? Occupations { get; set; }
}
