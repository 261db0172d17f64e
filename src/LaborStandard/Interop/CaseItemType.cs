namespace LaborStandard.Interop;

/// <summary>
/// A kind of CFItem of the export, written once as a CFItemType of CFDefinitions: its type code, its Chinese title and
/// description (the national template's terms) with their English, and its place in the hierarchy.
/// </summary>
/// <remarks>The titles name parts of the national template, not texts of one standard. Immutable and thread-safe.</remarks>
internal sealed class CaseItemType
{
    public static readonly CaseItemType Level = new("level", "1", "职业技能等级", "Occupational skill level", "职业技能等级及其工作要求表（第 3 章）", "A skill level with its table of work requirements (chapter 3)");

    public static readonly CaseItemType Function = new("function", "1.1", "职业功能", "Occupational function", "某一等级工作要求表中的职业功能", "An occupational function of a level's table of work requirements");

    public static readonly CaseItemType WorkContent = new("workContent", "1.1.1", "工作内容", "Work content", "职业功能下的工作内容", "A work content of an occupational function");

    public static readonly CaseItemType Skill = new("skill", "1.1.1.1", "技能要求", "Skill requirement", "工作内容的技能要求", "A skill requirement of a work content");

    public static readonly CaseItemType Knowledge = new("knowledge", "1.1.1.2", "相关知识要求", "Related knowledge requirement", "工作内容的相关知识要求", "A related-knowledge requirement of a work content");

    public static readonly CaseItemType BasicSection = new("basicSection", "2", "基本要求", "Basic requirements section", "第 2 章基本要求的一节（如 2.1 职业道德和职业素养）", "A section of the basic requirements of chapter 2 (e.g. 2.1)");

    public static readonly CaseItemType BasicTopic = new("basicTopic", "2.1", "基本要求分项", "Basic requirements topic", "基本要求一节下的编号分项（如 2.2.9）", "A numbered topic of a basic-requirements section (e.g. 2.2.9)");

    public static readonly CaseItemType BasicItem = new("basicItem", "2.1.1", "基本要求条目", "Basic requirements item", "基本要求分项下的编号条目（如（1））", "A numbered item of a basic-requirements topic (e.g. (1))");

    private CaseItemType(string typeCode, string hierarchyCode, string title, string englishTitle, string description, string englishDescription)
    {
        TypeCode = typeCode;
        HierarchyCode = hierarchyCode;
        Title = title;
        EnglishTitle = englishTitle;
        Description = description;
        EnglishDescription = englishDescription;
    }

    /// <summary>Gets every kind, in the order of the export's CFItemTypes.</summary>
    public static IReadOnlyList<CaseItemType> All { get; } = [Level, Function, WorkContent, Skill, Knowledge, BasicSection, BasicTopic, BasicItem];

    /// <summary>Gets the CFItemType's <c>typeCode</c>, which the import reads to know what an item is.</summary>
    public string TypeCode { get; }

    /// <summary>Gets the CFItemType's <c>hierarchyCode</c>.</summary>
    public string HierarchyCode { get; }

    /// <summary>Gets the Chinese title, the CFItem's <c>CFItemType</c>.</summary>
    public string Title { get; }

    /// <summary>Gets the English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>Gets the Chinese description.</summary>
    public string Description { get; }

    /// <summary>Gets the English description.</summary>
    public string EnglishDescription { get; }

    public static CaseItemType? FromTypeCode(string? typeCode)
    {
        foreach (var type in All)
        {
            if (string.Equals(type.TypeCode, typeCode, StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }

    public override string ToString() => TypeCode;
}
