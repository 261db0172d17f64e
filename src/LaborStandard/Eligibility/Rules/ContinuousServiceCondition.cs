using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// 连续从事/工作 N 年以上 — holds when one unbroken run of qualifying work is N full years long. Overlapping or abutting
/// periods join into one run; a gap of a day or more (beyond the engine's tolerance) breaks it. N years from a start S
/// are complete on the day before S's N-th anniversary.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class ContinuousServiceCondition : ServiceCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>四级（2）</c>.</param>
    /// <param name="text">The text, e.g. 在本职业连续工作两年以上.</param>
    /// <param name="years">The years required; at least 1.</param>
    /// <param name="occupations">Which occupations count.</param>
    /// <param name="countedFrom">The certificate after which service counts, or <see langword="null"/>.</param>
    /// <exception cref="ModelRuleException">A value is missing or out of range.</exception>
    public ContinuousServiceCondition(string clause, string item, LocalizedText text, int years, OccupationScope occupations, CertificateSpec? countedFrom = null)
        : base(clause, item, text, years, occupations, countedFrom)
    {
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.ContinuousService;
}
