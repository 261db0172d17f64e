using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Interop;

/// <summary>
/// Builds a standard from a CASE package that <see cref="CasePackageWriter"/> wrote: the tree of items from the
/// <c>isChildOf</c> associations in <c>sequenceNumber</c> order, the texts from the CASE fields (Chinese) and the
/// extension (English), and what CASE has no field for from the extensions. Every problem is reported at its JSON path.
/// </summary>
internal sealed class CasePackageReader
{
    private const string DocumentPath = "$.CFDocument";
    private const string ExtensionPath = DocumentPath + ".extensions.laborStandard";

    /// <summary>The association types of CASE 1.1 (CFPckgAssociationDType.associationType); others must start with <c>ext:</c>.</summary>
    private static readonly string[] AssociationTypes =
        ["isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf"];

    private static readonly LocalizedText InCircle = new("未挂在 CFDocument 之下：其 isChildOf 关联链构成了循环。", "does not hang from the CFDocument: its isChildOf chain runs in a circle.");
    private static readonly LocalizedText NoParent = new("没有 isChildOf 关联，因此在标准中没有位置。", "has no isChildOf association, so it has no place in the standard.");

    private readonly DocumentErrors _errors;
    private readonly StandardDocumentReader _parts;
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly List<(int Sequence, int Order, Node Child)> _topLevel = [];

    public CasePackageReader(DocumentErrors errors)
    {
        _errors = errors;
        _parts = new StandardDocumentReader(errors);
    }

    /// <summary>Whether a string is a UUID as the CASE 1.1 binding's pattern has it: lower-case, with an RFC variant.</summary>
    public static bool IsCaseUuid(string? value)
    {
        if (value is null || value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = i switch
            {
                8 or 13 or 18 or 23 => c == '-',
                19 => c is '8' or '9' or 'a' or 'b',
                _ => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public OccupationalStandard? Read(CasePackageDto dto)
    {
        if (_errors.Required(dto.Document, DocumentPath) is not { } document)
        {
            return null;
        }

        var documentId = Identifier(document.Identifier, DocumentPath + ".identifier");
        Required(document.Uri, DocumentPath + ".uri");
        Required(document.Creator, DocumentPath + ".creator");
        Required(document.LastChangeDateTime, DocumentPath + ".lastChangeDateTime");
        if (document.Extensions?.LaborStandard is not { } extension)
        {
            _errors.Add(ExtensionPath, CaseRules.Extension, new LocalizedText("缺失：此包并非由 LaborStandard 导出，缺少 CASE 无对应字段的标准内容。", "is missing: the package was not exported by LaborStandard, so it lacks the parts of the standard CASE has no field for."));
            return null;
        }

        if (_errors.Required(extension.FormatVersion, ExtensionPath + ".formatVersion") is { } version && version != CasePackage.ExtensionFormatVersion)
        {
            _errors.Add(ExtensionPath + ".formatVersion", StandardRules.FormatVersion, new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"为 {version}；本库读取的是其 CASE 扩展的第 {CasePackage.ExtensionFormatVersion} 版。"),
                string.Create(CultureInfo.InvariantCulture, $"is {version}; this library reads version {CasePackage.ExtensionFormatVersion} of its CASE extension.")));
            return null;
        }

        // Without a sound tree the items cannot be read; without a few of the document's CASE fields they still can.
        var before = _errors.Count;
        var types = ItemTypes(dto.Definitions);
        IndexItems(dto.Items, types, documentId);
        Tree(dto.Associations, documentId);
        if (_errors.Count > before)
        {
            return null;
        }

        return Standard(document, extension);
    }

    private OccupationalStandard? Standard(CaseDocumentDto document, CaseDocumentExtensionDto extension)
    {
        var sections = ImmutableArray.CreateBuilder<BasicRequirementSection>();
        var levels = ImmutableArray.CreateBuilder<(LevelDefinition Definition, LevelRequirements Table)>();
        var complete = true;
        foreach (var node in Ordered(_topLevel))
        {
            if (node.Type == CaseItemType.BasicSection)
            {
                complete &= Add(sections, BasicSection(node));
            }
            else if (node.Type == CaseItemType.Level)
            {
                if (Level(node) is { } level)
                {
                    levels.Add(level);
                }
                else
                {
                    complete = false;
                }
            }
            else
            {
                complete = Misplaced(node, new LocalizedText("CFDocument", "the CFDocument"));
            }
        }

        var edition = Edition(document, extension);
        var headings = _errors.List(extension.Headings, ExtensionPath + ".headings", _parts.Heading);
        var overview = complete ? Overview(document, extension, [.. levels.Select(l => l.Definition)]) : null;
        var assessment = _errors.Required(extension.Assessment, ExtensionPath + ".assessment") is { } a ? _parts.Assessment(a, ExtensionPath + ".assessment") : null;
        var basic = complete ? Model(DocumentPath, () => new BasicRequirements(sections.ToImmutable())) : null;
        var preamble = _errors.Text(extension.WorkRequirementsPreamble, ExtensionPath + ".workRequirementsPreamble");
        var work = preamble is null || !complete ? null : Model(DocumentPath, () => new WorkRequirements(preamble, [.. levels.Select(l => l.Table)]));
        var weights = _errors.List(extension.WeightTables, ExtensionPath + ".weightTables", _parts.WeightTable);
        if (_errors.HasErrors || edition is null || headings is null || overview is null || assessment is null || basic is null || work is null || weights is null)
        {
            return null;
        }

        return Model(DocumentPath, () => new OccupationalStandard(edition, headings.Value, overview, assessment, basic, work, weights.Value));
    }

    private StandardEdition? Edition(CaseDocumentDto document, CaseDocumentExtensionDto extension)
    {
        var title = Text(document.Title, DocumentPath + ".title", extension.En?.Title, ExtensionPath + ".en.title");
        var corrections = _parts.Corrections(extension.TitleCorrections, ExtensionPath + ".titleCorrections");
        var code = _errors.Required(extension.OccupationCode, ExtensionPath + ".occupationCode");
        var status = _errors.Name(extension.Status, ExtensionPath + ".status", NameTables.EditionStatuses);
        var language = Required(document.Language, DocumentPath + ".language");
        var version = Required(document.Version, DocumentPath + ".version");
        return title is null || corrections is null || code is null || status is null || language is null || version is null
            ? null
            : Model(DocumentPath, () => new StandardEdition(title, corrections.Value, code, status.Value, language, version));
    }

    private OccupationOverview? Overview(CaseDocumentDto document, CaseDocumentExtensionDto extension, ImmutableArray<LevelDefinition> levels)
    {
        const string path = ExtensionPath + ".overview";
        if (_errors.Required(extension.Overview, path) is not { } dto)
        {
            return null;
        }

        var name = _errors.Text(dto.Name, path + ".name");
        var corrections = _parts.Corrections(dto.NameCorrections, path + ".nameCorrections");
        var definition = Text(document.Description, DocumentPath + ".description", extension.En?.Description, ExtensionPath + ".en.description");
        var levelsText = _errors.Text(dto.LevelsText, path + ".levelsText");
        var environment = _errors.Text(dto.Environment, path + ".environment");
        var traits = _errors.Text(dto.AbilityTraits, path + ".abilityTraits");
        var education = _errors.Text(dto.GeneralEducation, path + ".generalEducation");
        var hours = _errors.Text(dto.TrainingHoursText, path + ".trainingHoursText");
        var code = extension.OccupationCode;
        return name is null || corrections is null || code is null || definition is null || levelsText is null || environment is null
               || traits is null || education is null || hours is null
            ? null
            : Model(DocumentPath, () => new OccupationOverview(name, corrections.Value, code, definition, levelsText, levels, environment, traits, education, hours));
    }

    private BasicRequirementSection? BasicSection(Node node)
    {
        var title = Statement(node);
        var code = Required(node.Item.HumanCodingScheme, node.Path + ".humanCodingScheme");
        var topics = Children(node, CaseItemType.BasicTopic, new LocalizedText("基本要求一节", "a basic-requirements section"), BasicTopic);
        return title is null || code is null || topics is null ? null : Model(node.Path, () => new BasicRequirementSection(code, title, topics.Value));
    }

    private BasicRequirementTopic? BasicTopic(Node node)
    {
        var title = Statement(node);
        var code = Required(node.Item.HumanCodingScheme, node.Path + ".humanCodingScheme");
        var items = Children(node, CaseItemType.BasicItem, new LocalizedText("基本要求分项", "a basic-requirements topic"), BasicItem);
        return title is null || code is null || items is null ? null : Model(node.Path, () => new BasicRequirementTopic(code, title, items.Value));
    }

    private NumberedItem? BasicItem(Node node)
    {
        var text = Statement(node);
        var path = node.Path + ".listEnumeration";
        int? number = null;
        if (Required(node.Item.ListEnumeration, path) is { } enumeration)
        {
            if (int.TryParse(enumeration, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                number = n;
            }
            else
            {
                _errors.Add(path, StandardRules.ItemNumber, new LocalizedText(
                    $"{Invariant.QuoteZh(enumeration)}不是基本要求条目的序号。",
                    $"{Invariant.Quote(enumeration)} is not the number of a basic-requirements item."));
            }
        }

        var lawDto = node.Extension?.CitedLaw;
        var law = _errors.OptionalText(lawDto, node.ExtensionPath + ".citedLaw");
        return text is null || number is null || (lawDto is not null && law is null) ? null : Model(node.Path, () => new NumberedItem(number.Value, text, law));
    }

    private (LevelDefinition, LevelRequirements)? Level(Node node)
    {
        var heading = Statement(node);
        var title = Text(node.Item.AbbreviatedStatement, node.Path + ".abbreviatedStatement", node.Extension?.En?.AbbreviatedStatement, node.ExtensionPath + ".en.abbreviatedStatement");
        var section = Required(node.Item.HumanCodingScheme, node.Path + ".humanCodingScheme");
        var level = _errors.Level(node.Extension?.Level, node.ExtensionPath + ".level");
        var hours = _errors.Required(node.Extension?.TrainingHours, node.ExtensionPath + ".trainingHours");
        var corrections = _parts.Corrections(node.Extension?.TitleCorrections, node.ExtensionPath + ".titleCorrections");
        if (level is null || section is null)
        {
            return null;
        }

        var functions = Children(node, CaseItemType.Function, new LocalizedText("职业技能等级", "a level"), child => Function(child, level.Value, section));
        if (heading is null || title is null || hours is null || corrections is null || functions is null)
        {
            return null;
        }

        var definition = Model(node.Path, () => new LevelDefinition(level.Value, title, corrections.Value, hours.Value));
        var table = Model(node.Path, () => new LevelRequirements(level.Value, section, heading, functions.Value));
        return definition is null || table is null ? null : (definition, table);
    }

    private OccupationalFunction? Function(Node node, SkillLevel level, string section)
    {
        var name = Statement(node);
        var code = Code(node, section, new LocalizedText("职业功能", "a function"));
        var contents = Children(node, CaseItemType.WorkContent, new LocalizedText("职业功能", "an occupational function"), child => WorkContent(child, level, section));
        return name is null || code is null || contents is null ? null : Model(node.Path, () => new OccupationalFunction(level, section, code, name, contents.Value));
    }

    private WorkContent? WorkContent(Node node, SkillLevel level, string section)
    {
        var name = Statement(node);
        var code = Code(node, section, new LocalizedText("工作内容", "a work content"));
        var skills = ImmutableArray.CreateBuilder<Requirement>();
        var knowledge = ImmutableArray.CreateBuilder<Requirement>();
        var complete = true;
        foreach (var child in node.OrderedChildren)
        {
            if (child.Type == CaseItemType.Skill)
            {
                complete &= Add(skills, Requirement(child, RequirementKind.Skill, level, section));
            }
            else if (child.Type == CaseItemType.Knowledge)
            {
                complete &= Add(knowledge, Requirement(child, RequirementKind.Knowledge, level, section));
            }
            else
            {
                complete = Misplaced(child, new LocalizedText("工作内容", "a work content"));
            }
        }

        return name is null || code is null || !complete ? null : Model(node.Path, () => new WorkContent(level, section, code, name, skills.ToImmutable(), knowledge.ToImmutable()));
    }

    private Requirement? Requirement(Node node, RequirementKind kind, SkillLevel level, string section)
    {
        var text = Statement(node);
        var code = Code(node, section, kind == RequirementKind.Skill ? new LocalizedText("技能要求", "a skill requirement") : new LocalizedText("相关知识要求", "a knowledge requirement"), CasePackageWriter.KindMark(kind));
        var corrections = _parts.Corrections(node.Extension?.Corrections, node.ExtensionPath + ".corrections");
        var footnoteDto = node.Extension?.Footnote;
        var footnote = footnoteDto is null ? null : _parts.Footnote(footnoteDto, node.ExtensionPath + ".footnote");
        if (text is null || code is null || corrections is null || (footnoteDto is not null && footnote is null))
        {
            return null;
        }

        // The coding scheme holds the code that places the item; a misprinted code is kept in the corrections.
        var printed = corrections.Value.FirstOrDefault(c => c.Target == CorrectionTarget.Code)?.Printed ?? code;
        var requirement = Model(node.Path, () => new Requirement(kind, level, section, printed, text, corrections.Value, footnote));
        if (requirement is not null && !string.Equals(requirement.Code, code, StringComparison.Ordinal))
        {
            _errors.Add(node.Path + ".humanCodingScheme", StandardRules.Correction, new LocalizedText(
                $"引用的编码为 {code}，但该条目的编码更正为 {requirement.Code}。",
                $"cites {code}, but the item's code correction reads {requirement.Code}."));
            return null;
        }

        return requirement;
    }

    /// <summary>
    /// The code of a function, work content or requirement from its citation <c>{section} / {code}</c>; a requirement's
    /// code carries its kind's mark, <c>{section} / S{code}</c> or <c>{section} / K{code}</c>.
    /// </summary>
    private string? Code(Node node, string section, LocalizedText what, char? mark = null)
    {
        var path = node.Path + ".humanCodingScheme";
        if (Required(node.Item.HumanCodingScheme, path) is not { } citation)
        {
            return null;
        }

        var prefix = mark is { } m ? $"{section} / {m}" : section + " / ";
        if (!citation.StartsWith(prefix, StringComparison.Ordinal) || citation.Length == prefix.Length)
        {
            var example = $"'{prefix}{(mark is null ? "2" : "2.1.1")}'";
            _errors.Add(path, StandardRules.CodeFormat, new LocalizedText(
                $"{Invariant.Quote(citation)} 不是表 {section} 中{what.Chinese}的编码，应形如 {example}。",
                $"{Invariant.Quote(citation)} is not the citation of {what.English} of table {section}, such as {example}."));
            return null;
        }

        return citation[prefix.Length..];
    }

    private Dictionary<string, CaseItemType> ItemTypes(CaseDefinitionsDto? definitions)
    {
        var types = new Dictionary<string, CaseItemType>(StringComparer.Ordinal);
        Each(definitions?.ItemTypes, "$.CFDefinitions.CFItemTypes", (dto, path, _) =>
        {
            var id = Identifier(dto.Identifier, path + ".identifier");
            Required(dto.Uri, path + ".uri");
            Required(dto.Title, path + ".title");
            Required(dto.Description, path + ".description");
            Required(dto.HierarchyCode, path + ".hierarchyCode");
            Required(dto.LastChangeDateTime, path + ".lastChangeDateTime");
            var type = CaseItemType.FromTypeCode(dto.TypeCode);
            if (type is null)
            {
                _errors.Add(path + ".typeCode", StandardRules.UnknownValue, new LocalizedText(
                    $"{Invariant.QuoteZh(dto.TypeCode)}不是可用的取值；可用：{string.Join("、", CaseItemType.All)}。",
                    $"{Invariant.Quote(dto.TypeCode)} is not one of: {string.Join(", ", CaseItemType.All)}."));
            }
            else if (id is not null && !types.TryAdd(id, type))
            {
                _errors.Add(path + ".identifier", CaseRules.Identifier, new LocalizedText($"{Invariant.QuoteZh(id)}标识了两个条目类型。", $"{Invariant.Quote(id)} names two item types."));
            }
        });

        return types;
    }

    private void IndexItems(List<CaseItemDto?>? items, Dictionary<string, CaseItemType> types, string? documentId)
    {
        Each(items, "$.CFItems", (item, path, _) =>
        {
            var id = Identifier(item.Identifier, path + ".identifier");
            Required(item.Uri, path + ".uri");
            Required(item.LastChangeDateTime, path + ".lastChangeDateTime");
            CaseItemType? type = null;
            if (_errors.Required(item.ItemTypeUri, path + ".CFItemTypeURI") is { } link
                && Required(link.Identifier, path + ".CFItemTypeURI.identifier") is { } typeId
                && !types.TryGetValue(typeId, out type))
            {
                _errors.Add(path + ".CFItemTypeURI.identifier", CaseRules.Reference, new LocalizedText(
                    $"{Invariant.QuoteZh(typeId)}不是本包 CFDefinitions 中的条目类型。",
                    $"{Invariant.Quote(typeId)} is not an item type of the package's CFDefinitions."));
            }

            if (id is not null && type is not null && (string.Equals(id, documentId, StringComparison.Ordinal) || !_nodes.TryAdd(id, new Node(item, path, type))))
            {
                _errors.Add(path + ".identifier", CaseRules.Identifier, new LocalizedText($"{Invariant.QuoteZh(id)}标识了两条记录。", $"{Invariant.Quote(id)} names two records."));
            }
        });
    }

    /// <summary>Places every item under its parent from the <c>isChildOf</c> associations, then checks that every item hangs from the document.</summary>
    private void Tree(List<CaseAssociationDto?>? associations, string? documentId)
    {
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        Each(associations, "$.CFAssociations", (association, path, i) =>
        {
            if (Identifier(association.Identifier, path + ".identifier") is { } id && !identifiers.Add(id))
            {
                _errors.Add(path + ".identifier", CaseRules.Identifier, new LocalizedText($"{Invariant.QuoteZh(id)}标识了两条关联。", $"{Invariant.Quote(id)} names two associations."));
            }

            Required(association.Uri, path + ".uri");
            Required(association.LastChangeDateTime, path + ".lastChangeDateTime");
            var origin = Link(association.OriginNodeUri, path + ".originNodeURI");
            var destination = Link(association.DestinationNodeUri, path + ".destinationNodeURI");
            if (Required(association.AssociationType, path + ".associationType") is not { } type)
            {
                return;
            }

            if (!AssociationTypes.Contains(type, StringComparer.Ordinal) && !type.StartsWith("ext:", StringComparison.Ordinal))
            {
                _errors.Add(path + ".associationType", StandardRules.UnknownValue, new LocalizedText(
                    $"{Invariant.QuoteZh(type)}既不是 CASE 1.1 的关联类型（{string.Join("、", AssociationTypes)}），也不是扩展类型“ext:…”。",
                    $"{Invariant.Quote(type)} is not a CASE 1.1 association type ({string.Join(", ", AssociationTypes)}) or an extension type 'ext:…'."));
            }
            else if (string.Equals(type, "isChildOf", StringComparison.Ordinal) && origin is not null && destination is not null)
            {
                Place(path, origin, destination, association.SequenceNumber, i, documentId);
            }
        });

        var reached = new HashSet<Node>();
        var pending = new Stack<Node>(_topLevel.Select(t => t.Child));
        while (pending.TryPop(out var node))
        {
            if (reached.Add(node))
            {
                foreach (var child in node.Children)
                {
                    pending.Push(child.Child);
                }
            }
        }

        foreach (var node in _nodes.Values)
        {
            if (!reached.Contains(node))
            {
                _errors.Add(node.Path, CaseRules.Tree, node.HasParent ? InCircle : NoParent);
            }
        }
    }

    private void Place(string path, string origin, string destination, int? sequence, int order, string? documentId)
    {
        if (!_nodes.TryGetValue(origin, out var child))
        {
            _errors.Add(path + ".originNodeURI.identifier", CaseRules.Reference, new LocalizedText(
                $"{Invariant.QuoteZh(origin)}不是本包中的条目；只有条目才能作为下级。",
                $"{Invariant.Quote(origin)} is not an item of the package; only items are children."));
            return;
        }

        if (_errors.Required(sequence, path + ".sequenceNumber") is not { } position)
        {
            return;
        }

        if (child.HasParent)
        {
            _errors.Add(path, CaseRules.Tree, new LocalizedText($"再次放置 {child.Path}；标准中的每个条目只有一个上级。", $"places {child.Path} a second time; an item of a standard has one parent."));
            return;
        }

        if (string.Equals(destination, documentId, StringComparison.Ordinal))
        {
            _topLevel.Add((position, order, child));
        }
        else if (_nodes.TryGetValue(destination, out var parent))
        {
            parent.Children.Add((position, order, child));
        }
        else
        {
            _errors.Add(path + ".destinationNodeURI.identifier", CaseRules.Reference, new LocalizedText(
                $"{Invariant.QuoteZh(destination)}既不是 CFDocument，也不是本包中的条目。",
                $"{Invariant.Quote(destination)} is neither the CFDocument nor an item of the package."));
            return;
        }

        child.HasParent = true;
    }

    /// <summary>Visits the entries of a list of records, each with its JSON path and index; a null entry is an error. A missing list is empty.</summary>
    private void Each<T>(List<T?>? list, string path, Action<T, string, int> visit)
        where T : class
    {
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var at = DocumentErrors.Index(path, i);
            if (list![i] is { } entry)
            {
                visit(entry, at, i);
            }
            else
            {
                _errors.Add(at, StandardRules.Required, Invariant.IsNull);
            }
        }
    }

    private string? Link(CaseLinkDto? link, string path)
    {
        if (_errors.Required(link, path) is null)
        {
            return null;
        }

        Required(link!.Title, path + ".title");
        Required(link.Uri, path + ".uri");
        return Required(link.Identifier, path + ".identifier");
    }

    private string? Identifier(string? value, string path)
    {
        if (Required(value, path) is null)
        {
            return null;
        }

        if (!IsCaseUuid(value))
        {
            _errors.Add(path, CaseRules.Identifier, new LocalizedText($"{Invariant.Quote(value)} 不是 CASE 1.1 所要求的小写 UUID（RFC 变体）。", $"{Invariant.Quote(value)} is not a lower-case UUID with an RFC variant, as CASE 1.1 requires."));
            return null;
        }

        return value;
    }

    private string? Required(string? value, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            _errors.Add(path, StandardRules.Required, Invariant.IsRequired);
            return null;
        }

        return value;
    }

    /// <summary>The item's full statement in Chinese with its English from the extension.</summary>
    private LocalizedText? Statement(Node node)
        => Text(node.Item.FullStatement, node.Path + ".fullStatement", node.Extension?.En?.FullStatement, node.ExtensionPath + ".en.fullStatement");

    private LocalizedText? Text(string? chinese, string chinesePath, string? english, string englishPath)
    {
        var zh = Required(chinese, chinesePath);
        var en = Required(english, englishPath);
        if (zh is null || en is null)
        {
            return null;
        }

        try
        {
            return new LocalizedText(zh, en);
        }
        catch (ModelRuleException ex)
        {
            _errors.Add(ex.Member == "zh" ? chinesePath : englishPath, ex.Rule, ex.Text);
            return null;
        }
    }

    /// <summary>Runs a model constructor for the record at <paramref name="path"/>; a broken rule names the model's member in its message.</summary>
    private T? Model<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ModelRuleException ex)
        {
            _errors.Add(path, ex.Rule, new LocalizedText($"{ex.Member}：{ex.Text.Chinese}", $"{ex.Member}: {ex.Text.English}"));
            return null;
        }
    }

    /// <summary>Reports an item under a parent of the wrong kind; returns false, as the parent is then incomplete.</summary>
    private bool Misplaced(Node node, LocalizedText parent)
    {
        _errors.Add(node.Path, CaseRules.Tree, new LocalizedText($"是{node.Type.Title}条目，不能位于{parent.Chinese}之下。", $"is a {node.Type.TypeCode} item, which does not sit under {parent.English}."));
        return false;
    }

    /// <summary>
    /// Reads the children of an item, which must all be of one type, in sequence order; null when one of them is out of
    /// place or could not be read, so that the parent is not built without it.
    /// </summary>
    private ImmutableArray<T>? Children<T>(Node node, CaseItemType type, LocalizedText parent, Func<Node, T?> read)
        where T : class
    {
        var children = ImmutableArray.CreateBuilder<T>();
        var complete = true;
        foreach (var child in node.OrderedChildren)
        {
            complete &= child.Type == type ? Add(children, read(child)) : Misplaced(child, parent);
        }

        return complete ? children.ToImmutable() : null;
    }

    /// <summary>Adds a child that was built; returns false for one that was not, so that its parent is not built without it.</summary>
    private static bool Add<T>(ImmutableArray<T>.Builder builder, T? item)
        where T : class
    {
        if (item is not null)
        {
            builder.Add(item);
        }

        return item is not null;
    }

    private static IEnumerable<Node> Ordered(List<(int Sequence, int Order, Node Child)> children)
        => children.OrderBy(c => c.Sequence).ThenBy(c => c.Order).Select(c => c.Child);

    /// <summary>An item of the package with its place in the JSON and its children.</summary>
    private sealed class Node(CaseItemDto item, string path, CaseItemType type)
    {
        public CaseItemDto Item { get; } = item;

        public string Path { get; } = path;

        public string ExtensionPath => Path + ".extensions.laborStandard";

        public CaseItemExtensionDto? Extension => Item.Extensions?.LaborStandard;

        public CaseItemType Type { get; } = type;

        public List<(int Sequence, int Order, Node Child)> Children { get; } = [];

        public IEnumerable<Node> OrderedChildren => Ordered(Children);

        public bool HasParent { get; set; }
    }
}
