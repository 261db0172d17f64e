namespace LaborStandard.Model;

/// <summary>鉴定方式 — the two kinds of assessment of clause 1.9.2, and the two weight tables of chapter 4.</summary>
public enum AssessmentKind
{
    /// <summary>理论知识考试 — the theory knowledge examination (weighted by table 4.1, 理论知识权重表).</summary>
    Theory = 1,

    /// <summary>技能考核 — the skill assessment (weighted by table 4.2, 技能要求权重表).</summary>
    Skill = 2,
}
