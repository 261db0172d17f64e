using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// The words of an edition comparison in Chinese and English, in one place: the parts of the standard a change names
/// (kept in English in <see cref="PartChange{T}.Part"/> and the like, as stable keys for programs), the parameters, the
/// fields of the edition and the values of enumerations, so that a Chinese description holds no English word. What the
/// standard itself names (a clause's heading, an assessment, a weight table) is not here: the comparer takes it from
/// the data.
/// </summary>
internal static partial class ChangeWords
{
    private static readonly LocalizedText Nothing = new("无", "none");

    // The parts the comparer names that the standard has no heading for.
    private static readonly FrozenDictionary<string, LocalizedText> Parts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["title"] = new("标题", "title"),
        ["name"] = new("名称", "name"),
        ["scoring"] = new("评分", "scoring"),
        ["preamble"] = new("说明", "preamble"),
        ["heading"] = new("表头", "heading"),
        ["clause of the table"] = new("表所在条款", "clause of the table"),
        ["order"] = new("顺序", "order"),
        ["order of conditions"] = new("申报条件的顺序", "order of conditions"),
        ["order of functions"] = new("职业功能的顺序", "order of functions"),
        ["order of items"] = new("条目的顺序", "order of items"),
        ["order of levels"] = new("等级的顺序", "order of levels"),
        ["order of methods"] = new("鉴定方式的顺序", "order of methods"),
        ["order of rows"] = new("表行的顺序", "order of rows"),
        ["order of rules"] = new("规则的顺序", "order of rules"),
        ["order of sections"] = new("章节的顺序", "order of sections"),
        ["order of tables"] = new("比重表的顺序", "order of tables"),
        ["order of topics"] = new("主题的顺序", "order of topics"),
        ["order of work contents"] = new("工作内容的顺序", "order of work contents"),
        ["order of Skill requirements"] = new("技能要求的顺序", "order of skill requirements"),
        ["order of Knowledge requirements"] = new("相关知识要求的顺序", "order of knowledge requirements"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Values of parameters, written by the comparer with the invariant culture.
    private static readonly FrozenDictionary<string, LocalizedText> Values = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        [nameof(StaffRole.Proctor)] = new("监考人员", "proctor"),
        [nameof(StaffRole.Evaluator)] = new("考评人员", "evaluator"),
        [nameof(StaffingScope.PerRoom)] = new("每个考场", "per room"),
        [nameof(StaffingScope.PerAssessment)] = new("每场考核", "per assessment"),
        [nameof(EditionStatus.DraftForComment)] = new("征求意见稿", "draft for comment"),
        [nameof(EditionStatus.DraftForApproval)] = new("送审稿", "draft for approval"),
        [nameof(EditionStatus.Published)] = new("正式发布", "published"),
        [bool.TrueString] = new("是", "yes"),
        [bool.FalseString] = new("否", "no"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The level and a space ("四级 ", "Level 4 "), or nothing for a change of every level.</summary>
    public static (string Chinese, string English) LevelPrefix(SkillLevel? level)
        => level is { } l ? ($"{l.ChineseName} ", string.Create(CultureInfo.InvariantCulture, $"Level {l.Rank} ")) : (string.Empty, string.Empty);

    /// <summary>Where a change is: a clause as printed, or the edition or the list of headings in words.</summary>
    public static LocalizedText Clause(string clause) => clause switch
    {
        "edition" => new("版本信息", "Edition"),
        "headings" => new("章节标题", "Headings"),
        _ => new(clause, clause),
    };

    /// <summary>A part of the standard in both languages; the patterns with a code or a number are spelled out.</summary>
    public static LocalizedText Part(string part)
    {
        if (Parts.TryGetValue(part, out var words))
        {
            return words;
        }

        var match = Pattern().Match(part);
        if (!match.Success)
        {
            return new LocalizedText(part, part);
        }

        var target = match.Groups["target"].Success ? Target(match.Groups["target"].Value) : null;
        return match.Groups["what"].Value switch
        {
            "order of levels of" => new($"{target!.Chinese}各等级的顺序", $"order of levels of {target.English}"),
            "group of" => new($"{target!.Chinese}的类别", $"group of {target.English}"),
            "item of" => new($"{target!.Chinese}的项目", $"item of {target.English}"),
            _ => match.Groups["law"].Success
                ? new($"第（{match.Groups["number"].Value}）条所引法规", $"law cited by item ({match.Groups["number"].Value})")
                : new($"第（{match.Groups["number"].Value}）条", $"item ({match.Groups["number"].Value})"),
        };
    }

    /// <summary>A parameter of the assessment rules.</summary>
    public static LocalizedText Parameter(AssessmentParameter parameter) => parameter switch
    {
        AssessmentParameter.FullMarks => new("满分", "full marks"),
        AssessmentParameter.PassMark => new("合格分", "pass mark"),
        AssessmentParameter.StaffRole => new("人员类别", "staff role"),
        AssessmentParameter.CandidatesPerStaff => new("每名人员对应的考生数", "candidates per staff"),
        AssessmentParameter.MinimumStaff => new("最少人数", "minimum staff"),
        AssessmentParameter.StaffingScope => new("配比范围", "staffing scope"),
        AssessmentParameter.OddStaffCount => new("须为单数", "odd staff count"),
        AssessmentParameter.MinimumMinutes => new("最短时间（分钟）", "minimum minutes"),
        _ => new(parameter.ToString(), parameter.ToString()),
    };

    /// <summary>A field of the edition.</summary>
    public static LocalizedText Field(EditionField field) => field switch
    {
        EditionField.OccupationCode => new("职业编码", "occupation code"),
        EditionField.Status => new("状态", "status"),
        EditionField.Language => new("语言", "language"),
        EditionField.Version => new("版本号", "version"),
        _ => new(field.ToString(), field.ToString()),
    };

    /// <summary>A value of a parameter: the enumerations and yes or no in words, numbers as they are.</summary>
    public static LocalizedText Value(string value) => Values.TryGetValue(value, out var words) ? words : new(value, value);

    /// <summary>A percentage of a weight table, or none.</summary>
    public static LocalizedText Percent(int? value)
        => value is { } v ? new(string.Create(CultureInfo.InvariantCulture, $"{v}%"), string.Create(CultureInfo.InvariantCulture, $"{v}%")) : Nothing;

    /// <summary>
    /// A text change: added, removed, or old → new. Each language shows its own text, or the other one's where only the
    /// other one changed (a Chinese reader of an English correction sees the English).
    /// </summary>
    public static LocalizedText Show(LocalizedText? before, LocalizedText? after)
    {
        var onlyEnglish = before is not null && after is not null && string.Equals(before.Chinese, after.Chinese, StringComparison.Ordinal);
        var onlyChinese = before is not null && after is not null && string.Equals(before.English, after.English, StringComparison.Ordinal);
        string In(LocalizedText? text, bool english) => text is null ? string.Empty : english ? text.English : text.Chinese;
        return new LocalizedText(
            before is null ? $"新增「{In(after, onlyEnglish)}」"
            : after is null ? $"删除「{In(before, onlyEnglish)}」"
            : $"「{In(before, onlyEnglish)}」→「{In(after, onlyEnglish)}」",
            before is null ? $"added \"{In(after, !onlyChinese)}\""
            : after is null ? $"removed \"{In(before, !onlyChinese)}\""
            : $"\"{In(before, !onlyChinese)}\" → \"{In(after, !onlyChinese)}\"");
    }

    private static LocalizedText Target(string target)
    {
        // "Function 1" or "BasicRequirements 2.1", as WeightTarget writes itself.
        var parts = target.Split(' ', 2);
        return parts.Length == 2 && parts[0] == nameof(WeightTargetKind.BasicRequirements)
            ? new($"基本要求 {parts[1]}", $"basic requirements {parts[1]}")
            : parts.Length == 2 ? new($"职业功能 {parts[1]}", $"function {parts[1]}") : new(target, target);
    }

    [GeneratedRegex(@"^(?:(?<what>order of levels of|group of|item of) (?<target>.+)|item （(?<number>\d+)）(?<law> cited law)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
