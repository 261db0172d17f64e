namespace LaborStandard.Cli.Rendering;

/// <summary>
/// The words of the figures on the markdown pages, in both languages: headings, captions and the few labels a figure
/// adds to the standard's own texts. Every number and every text of the standard in a figure comes from the data.
/// </summary>
internal static class FigureTexts
{
    public static LocalizedText RoutesTitle { get; } = new("申报路线图", "Application routes");

    public static LocalizedText RoutesNote { get; } = new(
        "下图由申报条件的规则数据（1.9.1）生成：每个方框是一条路线，注明条款和项目；满足其中一条即可申报，方框内列出的条件须全部满足。",
        "Drawn from the rules of the application conditions (1.9.1): each box is one route, with its clause and item. Any one route suffices; every condition listed in a box must hold.");

    public static LocalizedText OneOf { get; } = new("满足以下之一：", "one of:");

    public static LocalizedText LadderTitle { get; } = new("等级阶梯", "The level ladder");

    public static LocalizedText LadderNote { get; } = new(
        "下图由数据生成：各等级（1.4）及其培训参考学时（1.8），箭头为 1.9.1 中通向该等级的申报条件项目。",
        "Drawn from the data: the levels (1.4) with their reference training hours (1.8); each arrow names the items of 1.9.1 that lead to a level.");

    public static LocalizedText Applicant { get; } = new("申报人", "Applicant");

    public static LocalizedText StructureTitle { get; } = new("职业功能与工作内容", "Functions and work contents");

    public static LocalizedText StructureNote { get; } = new(
        "下图由本等级的工作要求数据生成：职业功能、工作内容及各自的技能要求和相关知识要求条数。",
        "Drawn from this level's work requirements: the occupational functions, their work contents, and how many skill and knowledge items each has.");

    public static LocalizedText WeightAxis { get; } = new("权重（%）", "Weight (%)");

    public static LocalizedText MayApply(LocalizedText level) => new($"可以申报{level.Chinese}", $"may apply for {level.English}");

    public static LocalizedText RoutesTo(LocalizedText level) => new($"{level.Chinese}申报路线", $"Routes to {level.English}");

    public static LocalizedText Hours(int hours)
        => new(string.Create(CultureInfo.InvariantCulture, $"{CliTexts.TrainingHoursLabel.Chinese} {hours} 标准学时"), string.Create(CultureInfo.InvariantCulture, $"{CliTexts.TrainingHoursLabel.English}: {hours}"));

    public static LocalizedText Counts(int skills, int knowledge)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"技能 {skills} · 知识 {knowledge}"),
            string.Create(CultureInfo.InvariantCulture, $"{skills} skills · {knowledge} knowledge"));

    public static LocalizedText WeightCaption(string clause, LocalizedText title)
        => new($"{clause} {title.Chinese}：各等级的权重（%）", $"{clause} {title.English}: the weight of each item by level (%)");
}
