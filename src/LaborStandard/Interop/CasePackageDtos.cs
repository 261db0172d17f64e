using System.Text.Json.Serialization;
using LaborStandard.Serialization;

namespace LaborStandard.Interop;

// The CASE 1.1 CFPackage, member for member as far as the export writes it, after 1EdTech's JSON Schema binding
// (case-v1p1-cfpackage-schema.json, e.g. core/config/schema/ in the opensalt/opensalt repository). Members of CASE that
// the export does not write (CFRubrics, CFConcepts, subjects, licences …) are skipped on reading, as CASE allows them.
// The objects under extensions.laborStandard are this library's own and reject unknown members.
#pragma warning disable CA1056 // CASE names its URI members; they are strings in the JSON binding.

internal sealed class CasePackageDto
{
    [JsonPropertyName("CFDocument")]
    public CaseDocumentDto? Document { get; set; }

    [JsonPropertyName("CFItems")]
    public List<CaseItemDto?>? Items { get; set; }

    [JsonPropertyName("CFAssociations")]
    public List<CaseAssociationDto?>? Associations { get; set; }

    [JsonPropertyName("CFDefinitions")]
    public CaseDefinitionsDto? Definitions { get; set; }
}

internal sealed class CaseDocumentDto
{
    public string? Identifier { get; set; }

    public string? Uri { get; set; }

    public string? FrameworkType { get; set; }

    public string? CaseVersion { get; set; }

    public string? Creator { get; set; }

    public string? Title { get; set; }

    public string? LastChangeDateTime { get; set; }

    [JsonPropertyName("officialSourceURL")]
    public string? OfficialSourceUrl { get; set; }

    public string? Publisher { get; set; }

    public string? Description { get; set; }

    public string? Language { get; set; }

    public string? Version { get; set; }

    public string? AdoptionStatus { get; set; }

    public CaseDocumentExtensionsDto? Extensions { get; set; }
}

internal sealed class CaseItemDto
{
    public string? Identifier { get; set; }

    public string? Uri { get; set; }

    public string? FullStatement { get; set; }

    public string? AbbreviatedStatement { get; set; }

    public string? AlternativeLabel { get; set; }

    [JsonPropertyName("CFItemType")]
    public string? ItemType { get; set; }

    [JsonPropertyName("CFItemTypeURI")]
    public CaseLinkDto? ItemTypeUri { get; set; }

    public string? HumanCodingScheme { get; set; }

    public string? ListEnumeration { get; set; }

    public string? Language { get; set; }

    public string? LastChangeDateTime { get; set; }

    public CaseItemExtensionsDto? Extensions { get; set; }
}

internal sealed class CaseAssociationDto
{
    public string? Identifier { get; set; }

    public string? Uri { get; set; }

    public string? AssociationType { get; set; }

    public int? SequenceNumber { get; set; }

    [JsonPropertyName("originNodeURI")]
    public CaseLinkDto? OriginNodeUri { get; set; }

    [JsonPropertyName("destinationNodeURI")]
    public CaseLinkDto? DestinationNodeUri { get; set; }

    public string? LastChangeDateTime { get; set; }
}

/// <summary>LinkGenURIDType (association ends) and LinkURIDType (item types): title, identifier and URI.</summary>
internal sealed class CaseLinkDto
{
    public string? Title { get; set; }

    public string? Identifier { get; set; }

    public string? Uri { get; set; }
}

internal sealed class CaseDefinitionsDto
{
    [JsonPropertyName("CFItemTypes")]
    public List<CaseItemTypeDto?>? ItemTypes { get; set; }
}

internal sealed class CaseItemTypeDto
{
    public string? Identifier { get; set; }

    public string? Uri { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? HierarchyCode { get; set; }

    public string? TypeCode { get; set; }

    public string? LastChangeDateTime { get; set; }

    public CaseItemExtensionsDto? Extensions { get; set; }
}

/// <summary>The extensions of a CFDocument: this library's member beside any other tool's.</summary>
internal sealed class CaseDocumentExtensionsDto
{
    public CaseDocumentExtensionDto? LaborStandard { get; set; }
}

/// <summary>The extensions of a CFItem or CFItemType: this library's member beside any other tool's.</summary>
internal sealed class CaseItemExtensionsDto
{
    public CaseItemExtensionDto? LaborStandard { get; set; }
}

/// <summary>What a standard holds beyond what the CFDocument's own fields carry.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CaseDocumentExtensionDto
{
    public int? FormatVersion { get; set; }

    public string? OccupationCode { get; set; }

    public string? Status { get; set; }

    public CaseEnglishDto? En { get; set; }

    public List<CorrectionDto?>? TitleCorrections { get; set; }

    public List<HeadingDto?>? Headings { get; set; }

    public CaseOverviewDto? Overview { get; set; }

    public AssessmentDto? Assessment { get; set; }

    public TextDto? WorkRequirementsPreamble { get; set; }

    public List<WeightTableDto?>? WeightTables { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RulesDto? EligibilityRules { get; set; }
}

/// <summary>Clauses 1.1 and 1.4 to 1.8 as printed; 1.2 is the occupation code and 1.3 the CFDocument's description.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CaseOverviewDto
{
    public TextDto? Name { get; set; }

    public List<CorrectionDto?>? NameCorrections { get; set; }

    public TextDto? LevelsText { get; set; }

    public TextDto? Environment { get; set; }

    public TextDto? AbilityTraits { get; set; }

    public TextDto? GeneralEducation { get; set; }

    public TextDto? TrainingHoursText { get; set; }
}

/// <summary>What an item holds beyond its CASE fields; each member belongs to the item types named.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CaseItemExtensionDto
{
    public CaseEnglishDto? En { get; set; }

    /// <summary>Level items: the rank, 4 for 四级.</summary>
    public int? Level { get; set; }

    /// <summary>Level items: the standard training hours of clause 1.8.</summary>
    public int? TrainingHours { get; set; }

    /// <summary>Level items: misprints of the level's title.</summary>
    public List<CorrectionDto?>? TitleCorrections { get; set; }

    /// <summary>Skill and knowledge items: misprints of the code or text.</summary>
    public List<CorrectionDto?>? Corrections { get; set; }

    /// <summary>Skill and knowledge items: the footnote the text cites.</summary>
    public FootnoteDto? Footnote { get; set; }

    /// <summary>Basic-requirement items: the law the item cites.</summary>
    public TextDto? CitedLaw { get; set; }
}

/// <summary>The English of the CASE text fields, member for member (CASE holds one language per document).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class CaseEnglishDto
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? FullStatement { get; set; }

    public string? AbbreviatedStatement { get; set; }
}
