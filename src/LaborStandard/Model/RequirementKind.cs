namespace LaborStandard.Model;

/// <summary>The two columns of a work-requirements table (chapter 3).</summary>
public enum RequirementKind
{
    /// <summary>技能要求 — a skill requirement ("能够 …", able to …).</summary>
    Skill = 1,

    /// <summary>相关知识要求 — a related-knowledge requirement.</summary>
    Knowledge = 2,
}
