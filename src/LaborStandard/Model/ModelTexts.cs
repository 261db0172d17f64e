namespace LaborStandard.Model;

/// <summary>
/// The standard's Chinese names for the parts of the model that a broken invariant names, so that a Chinese message
/// says 理论知识权重表 or 职业功能 2 where the English one says Theory or Function 2.
/// </summary>
internal static class ModelTexts
{
    /// <summary>理论知识考试 or 技能考核, as clause 1.9.2 names the two kinds of assessment.</summary>
    public static string Chinese(AssessmentKind kind) => kind == AssessmentKind.Theory ? "理论知识考试" : "技能考核";

    /// <summary>理论知识权重表 or 技能要求权重表, as chapter 4 names the weight table of a kind of assessment.</summary>
    public static string ChineseTable(AssessmentKind kind) => kind == AssessmentKind.Theory ? "理论知识权重表" : "技能要求权重表";

    /// <summary>技能要求 or 相关知识要求, the two columns of a work-requirements table.</summary>
    public static string Chinese(RequirementKind kind) => kind == RequirementKind.Skill ? "技能要求" : "相关知识要求";

    /// <summary>编码 or 文字, what a correction corrects.</summary>
    public static string Chinese(CorrectionTarget target) => target == CorrectionTarget.Code ? "编码" : "文字";

    /// <summary>The part a weight row weighs: 基本要求 2.1 or 职业功能 2.</summary>
    public static string Chinese(WeightTarget target)
        => (target.Kind == WeightTargetKind.BasicRequirements ? "基本要求 " : "职业功能 ") + target.Code;
}
