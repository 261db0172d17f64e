using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

// The JSON format of candidate profiles: dates are "yyyy-MM-dd" strings, read by the reader so that a bad date is
// reported with its path; enumerations are names (NameTables).

internal sealed class CandidateDto
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EducationDto? Education { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<SchoolDto?>? Schooling { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CertificateDto?>? Certificates { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<TrainingDto?>? Trainings { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<WorkDto?>? Work { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? RelatedOccupations { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Unknown { get; set; }
}

internal sealed class EducationDto
{
    public string? Level { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Equivalent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ObtainedOn { get; set; }
}

internal sealed class SchoolDto
{
    public string? Kind { get; set; }

    public string? Programme { get; set; }

    public string? GraduationDate { get; set; }

    public bool? Graduated { get; set; }
}

internal sealed class CertificateDto
{
    public string? OccupationCode { get; set; }

    public int? Level { get; set; }

    public string? Kind { get; set; }

    public string? IssuedOn { get; set; }
}

internal sealed class TrainingDto
{
    public string? OccupationCode { get; set; }

    public int? Level { get; set; }

    public decimal? Hours { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CompletionCertificateOn { get; set; }
}

internal sealed class WorkDto
{
    public string? OccupationCode { get; set; }

    public string? From { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? To { get; set; }
}
