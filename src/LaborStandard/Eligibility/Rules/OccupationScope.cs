namespace LaborStandard.Eligibility.Rules;

/// <summary>Which occupations count for a condition on work or certificates.</summary>
public enum OccupationScope
{
    /// <summary>本职业 — only the standard's own occupation.</summary>
    ThisOccupation = 1,

    /// <summary>相关职业 — the standard's own occupation and the related occupations the engine is configured with.</summary>
    RelatedOccupations = 2,
}
