using System.Globalization;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Interop;

/// <summary>
/// Turns a standard into a CASE 1.1 CFPackage: the CFDocument, one CFItem per level, function, work content,
/// requirement and basic-requirement section, topic and item, the CFItemTypes of those kinds, and the associations
/// between them. <see cref="CasePackageReader"/> turns the package back into an equal standard.
/// </summary>
internal sealed class CasePackageWriter
{
    // Collections of the CASE 1.1 REST binding, used to build resolvable URIs under a base URI.
    private const string Documents = "CFDocuments";
    private const string Items = "CFItems";
    private const string Associations = "CFAssociations";
    private const string ItemTypes = "CFItemTypes";

    private readonly OccupationalStandard _standard;
    private readonly CaseExportOptions _options;
    private readonly string _timestamp;
    private readonly List<CaseItemDto?> _items = [];
    private readonly List<CaseAssociationDto?> _associations = [];
    private readonly Dictionary<CaseItemType, CaseLinkDto> _types = [];

    private CasePackageWriter(OccupationalStandard standard, CaseExportOptions options)
    {
        _standard = standard;
        _options = options;
        _timestamp = Timestamp(options.LastChangeDateTime);
    }

    /// <summary>The adoption status CASE readers know (the vocabulary OpenSALT offers) for each edition status.</summary>
    public static string AdoptionStatus(EditionStatus status) => status == EditionStatus.Published ? "Adopted" : "Draft";

    /// <summary>An RFC 3339 date-time in UTC with a numeric offset, e.g. 2024-05-01T00:00:00+00:00.</summary>
    public static string Timestamp(DateTimeOffset value)
        => value.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture);

    public static CasePackageDto Write(OccupationalStandard standard, CaseExportOptions options) => new CasePackageWriter(standard, options).Write();

    private CasePackageDto Write()
    {
        var document = Document();
        var documentLink = new CaseLinkDto { Title = document.Title, Identifier = document.Identifier, Uri = document.Uri };
        var definitions = new CaseDefinitionsDto { ItemTypes = [.. CaseItemType.All.Select(ItemType)] };

        var sequence = 0;
        foreach (var section in _standard.BasicRequirements.Sections)
        {
            BasicSection(section, documentLink, ++sequence);
        }

        var levels = new List<(SkillLevel Level, CaseLinkDto Link)>();
        foreach (var table in _standard.WorkRequirements.Levels)
        {
            levels.Add((table.Level, Level(table, documentLink, ++sequence)));
        }

        for (var i = 1; i < levels.Count; i++)
        {
            // 四级 precedes 三级: the ladder is climbed junior first.
            Associate(
                $"{CaseIdentifiers.LevelPath(levels[i - 1].Level)}/precedes/{CaseIdentifiers.LevelPath(levels[i].Level)}",
                "precedes",
                levels[i - 1].Link,
                levels[i].Link,
                sequenceNumber: null);
        }

        return new CasePackageDto { Document = document, Items = _items, Associations = _associations, Definitions = definitions };
    }

    private CaseDocumentDto Document()
    {
        var edition = _standard.Edition;
        var overview = _standard.Overview;
        var id = Id(string.Empty);
        return new CaseDocumentDto
        {
            Identifier = id,
            Uri = Uri(Documents, id),
            CaseVersion = CasePackage.CaseVersion,
            Creator = _options.Creator,
            Title = edition.Title.Chinese,
            LastChangeDateTime = _timestamp,
            OfficialSourceUrl = _options.OfficialSourceUrl?.AbsoluteUri,
            Description = overview.Definition.Chinese,
            Language = edition.Language,
            Version = edition.Version,
            AdoptionStatus = AdoptionStatus(edition.Status),
            Extensions = new CaseDocumentExtensionsDto
            {
                LaborStandard = new CaseDocumentExtensionDto
                {
                    FormatVersion = CasePackage.ExtensionFormatVersion,
                    OccupationCode = edition.OccupationCode,
                    Status = NameTables.NameOf(NameTables.EditionStatuses, edition.Status),
                    En = new CaseEnglishDto { Title = edition.Title.English, Description = overview.Definition.English },
                    TitleCorrections = StandardDocumentWriter.Corrections(edition.TitleCorrections),
                    Headings = [.. _standard.Headings.Select(h => new HeadingDto { Clause = h.Clause, Title = StandardDocumentWriter.Text(h.Title) })],
                    Overview = new CaseOverviewDto
                    {
                        Name = StandardDocumentWriter.Text(overview.Name),
                        NameCorrections = StandardDocumentWriter.Corrections(overview.NameCorrections),
                        LevelsText = StandardDocumentWriter.Text(overview.LevelsText),
                        Environment = StandardDocumentWriter.Text(overview.Environment),
                        AbilityTraits = StandardDocumentWriter.Text(overview.AbilityTraits),
                        GeneralEducation = StandardDocumentWriter.Text(overview.GeneralEducation),
                        TrainingHoursText = StandardDocumentWriter.Text(overview.TrainingHoursText),
                    },
                    Assessment = StandardDocumentWriter.Assessment(_standard.Assessment),
                    WorkRequirementsPreamble = StandardDocumentWriter.Text(_standard.WorkRequirements.Preamble),
                    WeightTables = [.. _standard.WeightTables.Select(StandardDocumentWriter.WeightTable)],
                    EligibilityRules = _options.EligibilityRules is { } rules ? RuleDocumentWriter.Write(rules, schema: null) : null,
                },
            },
        };
    }

    private CaseItemTypeDto ItemType(CaseItemType type)
    {
        var id = Id(CaseIdentifiers.ItemTypePath(type.TypeCode));
        var uri = Uri(ItemTypes, id);
        _types[type] = new CaseLinkDto { Title = type.Title, Identifier = id, Uri = uri };
        return new CaseItemTypeDto
        {
            Identifier = id,
            Uri = uri,
            Title = type.Title,
            Description = type.Description,
            HierarchyCode = type.HierarchyCode,
            TypeCode = type.TypeCode,
            LastChangeDateTime = _timestamp,
            Extensions = Extension(new CaseItemExtensionDto { En = new CaseEnglishDto { Title = type.EnglishTitle, Description = type.EnglishDescription } }),
        };
    }

    private void BasicSection(BasicRequirementSection section, CaseLinkDto parent, int sequence)
    {
        var link = Item(CaseIdentifiers.SectionPath(section.Code), CaseItemType.BasicSection, section.Title, section.Code, parent, sequence);
        var position = 0;
        foreach (var topic in section.Topics)
        {
            var topicLink = Item(CaseIdentifiers.TopicPath(topic.Code), CaseItemType.BasicTopic, topic.Title, topic.Code, link, ++position);
            foreach (var item in topic.Items)
            {
                var number = item.Number.ToString(CultureInfo.InvariantCulture);
                Item(
                    CaseIdentifiers.BasicItemPath(topic.Code, item.Number),
                    CaseItemType.BasicItem,
                    item.Text,
                    $"{topic.Code} ({number})",
                    topicLink,
                    item.Number,
                    listEnumeration: number,
                    extension: item.CitedLaw is { } law ? new CaseItemExtensionDto { CitedLaw = StandardDocumentWriter.Text(law) } : null);
            }
        }
    }

    private CaseLinkDto Level(LevelRequirements table, CaseLinkDto parent, int sequence)
    {
        var definition = _standard.GetLevel(table.Level);
        var link = Item(
            CaseIdentifiers.LevelPath(table.Level),
            CaseItemType.Level,
            table.Heading,
            table.Section,
            parent,
            sequence,
            abbreviated: definition.Title,
            alternativeLabel: table.Level.Name.Chinese,
            extension: new CaseItemExtensionDto
            {
                Level = table.Level.Rank,
                TrainingHours = definition.TrainingHours,
                TitleCorrections = StandardDocumentWriter.Corrections(definition.TitleCorrections),
            });

        var position = 0;
        foreach (var function in table.Functions)
        {
            Function(function, link, ++position);
        }

        return link;
    }

    private void Function(OccupationalFunction function, CaseLinkDto parent, int sequence)
    {
        var link = Item(CaseIdentifiers.FunctionPath(function.Level, function.Code), CaseItemType.Function, function.Name, function.Clause, parent, sequence);
        var position = 0;
        foreach (var content in function.WorkContents)
        {
            WorkContent(content, link, ++position);
        }
    }

    private void WorkContent(WorkContent content, CaseLinkDto parent, int sequence)
    {
        var link = Item(CaseIdentifiers.WorkContentPath(content.Level, content.Code), CaseItemType.WorkContent, content.Name, content.Clause, parent, sequence);

        // Skills first, then knowledge, numbered on together: the order of the printed table's two columns. The table
        // sets them side by side without pairing any skill with any item of knowledge, so no association links them.
        var position = 0;
        foreach (var requirement in content.Skills.Concat(content.Knowledge))
        {
            Requirement(requirement, link, ++position);
        }
    }

    /// <summary>
    /// The <c>humanCodingScheme</c> of a requirement: its table and code with the kind's mark before the code,
    /// <c>3.1 / S1.1.1</c> or <c>3.1 / K1.1.1</c>, since a skill and an item of knowledge of one work content share
    /// their printed numbers.
    /// </summary>
    public static string HumanCode(Requirement requirement) => $"{requirement.Section} / {KindMark(requirement.Kind)}{requirement.Code}";

    /// <summary>The mark of a requirement's kind in its human code: <c>S</c> (技能要求) or <c>K</c> (相关知识要求).</summary>
    public static char KindMark(RequirementKind kind) => kind == RequirementKind.Skill ? 'S' : 'K';

    private void Requirement(Requirement requirement, CaseLinkDto parent, int sequence)
        => Item(
            CaseIdentifiers.RequirementPath(requirement),
            requirement.Kind == RequirementKind.Skill ? CaseItemType.Skill : CaseItemType.Knowledge,
            requirement.Text,
            HumanCode(requirement),
            parent,
            sequence,
            extension: requirement.Corrections.IsEmpty && requirement.Footnote is null
                ? null
                : new CaseItemExtensionDto
                {
                    Corrections = StandardDocumentWriter.Corrections(requirement.Corrections),
                    Footnote = requirement.Footnote is { } footnote ? StandardDocumentWriter.Footnote(footnote) : null,
                });

    /// <summary>Adds a CFItem and its <c>isChildOf</c> association; the text's Chinese is the CASE field, its English goes to the extension.</summary>
    private CaseLinkDto Item(
        string path,
        CaseItemType type,
        LocalizedText statement,
        string humanCodingScheme,
        CaseLinkDto parent,
        int sequence,
        LocalizedText? abbreviated = null,
        string? alternativeLabel = null,
        string? listEnumeration = null,
        CaseItemExtensionDto? extension = null)
    {
        var id = Id(path);
        var uri = Uri(Items, id);
        extension ??= new CaseItemExtensionDto();
        extension.En = new CaseEnglishDto { FullStatement = statement.English, AbbreviatedStatement = abbreviated?.English };
        _items.Add(new CaseItemDto
        {
            Identifier = id,
            Uri = uri,
            FullStatement = statement.Chinese,
            AbbreviatedStatement = abbreviated?.Chinese,
            AlternativeLabel = alternativeLabel,
            ItemType = type.Title,
            ItemTypeUri = _types[type],
            HumanCodingScheme = humanCodingScheme,
            ListEnumeration = listEnumeration,
            LastChangeDateTime = _timestamp,
            Extensions = Extension(extension),
        });
        var link = new CaseLinkDto { Title = statement.Chinese, Identifier = id, Uri = uri };
        Associate(path + "/isChildOf", "isChildOf", link, parent, sequence);
        return link;
    }

    private void Associate(string path, string type, CaseLinkDto origin, CaseLinkDto destination, int? sequenceNumber)
    {
        var id = Id(path);
        _associations.Add(new CaseAssociationDto
        {
            Identifier = id,
            Uri = Uri(Associations, id),
            AssociationType = type,
            SequenceNumber = sequenceNumber,
            OriginNodeUri = origin,
            DestinationNodeUri = destination,
            LastChangeDateTime = _timestamp,
        });
    }

    private static CaseItemExtensionsDto Extension(CaseItemExtensionDto extension) => new() { LaborStandard = extension };

    private string Id(string path) => CaseIdentifiers.ForPath(_standard.Edition, path).ToString("D");

    private string Uri(string collection, string id) => $"{_options.BaseUri.AbsoluteUri}{collection}/{id}";
}
