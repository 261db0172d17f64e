using System.Text.Json.Serialization;

namespace LaborStandard.Serialization;

// The JSON document format, member for member. These types only carry JSON: the model is built from them, with every
// rule checked and every error given its JSON path, by DocumentReader. Unknown members are rejected.

internal sealed class StandardDto
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; set; }

    public int? FormatVersion { get; set; }

    public EditionDto? Edition { get; set; }

    public List<HeadingDto?>? Headings { get; set; }

    public OverviewDto? Overview { get; set; }

    public AssessmentDto? Assessment { get; set; }

    public BasicRequirementsDto? BasicRequirements { get; set; }

    public WorkRequirementsDto? WorkRequirements { get; set; }

    public List<WeightTableDto?>? WeightTables { get; set; }
}

internal sealed class TextDto
{
    public string? Zh { get; set; }

    public string? En { get; set; }
}

internal sealed class CorrectionDto
{
    public string? Target { get; set; }

    public string? Printed { get; set; }

    public string? Corrected { get; set; }

    public TextDto? Note { get; set; }
}

internal sealed class EditionDto
{
    public TextDto? Title { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CorrectionDto?>? TitleCorrections { get; set; }

    public string? OccupationCode { get; set; }

    public string? Status { get; set; }

    public string? Language { get; set; }

    public string? Version { get; set; }
}

internal sealed class HeadingDto
{
    public string? Clause { get; set; }

    public TextDto? Title { get; set; }
}

internal sealed class OverviewDto
{
    public TextDto? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CorrectionDto?>? NameCorrections { get; set; }

    public string? Code { get; set; }

    public TextDto? Definition { get; set; }

    public TextDto? LevelsText { get; set; }

    public List<LevelDto?>? Levels { get; set; }

    public TextDto? Environment { get; set; }

    public TextDto? AbilityTraits { get; set; }

    public TextDto? GeneralEducation { get; set; }

    public TextDto? TrainingHoursText { get; set; }
}

internal sealed class LevelDto
{
    public int? Level { get; set; }

    public TextDto? Title { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CorrectionDto?>? TitleCorrections { get; set; }

    public int? TrainingHours { get; set; }
}

internal sealed class NumberedItemDto
{
    public int? Number { get; set; }

    public TextDto? Text { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextDto? CitedLaw { get; set; }
}

internal sealed class AssessmentDto
{
    public List<ApplicationConditionsDto?>? ApplicationConditions { get; set; }

    public TextDto? MethodsText { get; set; }

    public List<MethodDto?>? Methods { get; set; }

    public ScoringDto? Scoring { get; set; }

    public TextDto? StaffingText { get; set; }

    public List<StaffingDto?>? Staffing { get; set; }

    public TextDto? DurationsText { get; set; }

    public List<DurationDto?>? Durations { get; set; }

    public TextDto? Venue { get; set; }
}

internal sealed class ApplicationConditionsDto
{
    public int? Level { get; set; }

    public TextDto? Preamble { get; set; }

    public List<NumberedItemDto?>? Items { get; set; }
}

internal sealed class MethodDto
{
    public string? Kind { get; set; }

    public TextDto? Name { get; set; }

    public TextDto? Description { get; set; }
}

internal sealed class ScoringDto
{
    public int? FullMarks { get; set; }

    public int? PassMark { get; set; }

    public TextDto? Text { get; set; }
}

internal sealed class StaffingDto
{
    public string? Kind { get; set; }

    public string? Role { get; set; }

    public int? CandidatesPerStaff { get; set; }

    public int? MinimumStaff { get; set; }

    public string? Scope { get; set; }

    public bool? OddCount { get; set; }
}

internal sealed class DurationDto
{
    public string? Kind { get; set; }

    public int? MinimumMinutes { get; set; }
}

internal sealed class BasicRequirementsDto
{
    public List<BasicSectionDto?>? Sections { get; set; }
}

internal sealed class BasicSectionDto
{
    public string? Code { get; set; }

    public TextDto? Title { get; set; }

    public List<BasicTopicDto?>? Topics { get; set; }
}

internal sealed class BasicTopicDto
{
    public string? Code { get; set; }

    public TextDto? Title { get; set; }

    public List<NumberedItemDto?>? Items { get; set; }
}

internal sealed class WorkRequirementsDto
{
    public TextDto? Preamble { get; set; }

    public List<LevelRequirementsDto?>? Levels { get; set; }
}

internal sealed class LevelRequirementsDto
{
    public int? Level { get; set; }

    public string? Section { get; set; }

    public TextDto? Heading { get; set; }

    public List<FunctionDto?>? Functions { get; set; }
}

internal sealed class FunctionDto
{
    public string? Code { get; set; }

    public TextDto? Name { get; set; }

    public List<WorkContentDto?>? WorkContents { get; set; }
}

internal sealed class WorkContentDto
{
    public string? Code { get; set; }

    public TextDto? Name { get; set; }

    public List<RequirementDto?>? Skills { get; set; }

    public List<RequirementDto?>? Knowledge { get; set; }
}

internal sealed class RequirementDto
{
    public string? Code { get; set; }

    public TextDto? Text { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CorrectionDto?>? Corrections { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FootnoteDto? Footnote { get; set; }
}

internal sealed class FootnoteDto
{
    public string? Marker { get; set; }

    public string? Anchor { get; set; }

    public TextDto? Text { get; set; }
}

internal sealed class WeightTableDto
{
    public string? Kind { get; set; }

    public string? Clause { get; set; }

    public TextDto? Title { get; set; }

    public List<WeightRowDto?>? Rows { get; set; }
}

internal sealed class WeightRowDto
{
    public TextDto? Group { get; set; }

    public TextDto? Item { get; set; }

    public WeightTargetDto? Target { get; set; }

    public List<LevelWeightDto?>? Weights { get; set; }
}

internal sealed class WeightTargetDto
{
    public string? Kind { get; set; }

    public string? Code { get; set; }
}

internal sealed class LevelWeightDto
{
    public int? Level { get; set; }

    public int? Percent { get; set; }
}
