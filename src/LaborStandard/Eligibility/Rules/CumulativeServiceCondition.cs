using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// 累计从事 N 年以上 — holds when the qualifying days of work, each counted once however periods overlap, reach N × 365
/// days. (Not used by 3-01-01-02; other standards of the national template use it.)
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class CumulativeServiceCondition : ServiceCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause.</param>
    /// <param name="item">The item.</param>
    /// <param name="text">The text.</param>
    /// <param name="years">The years required; at least 1.</param>
    /// <param name="occupations">Which occupations count.</param>
    /// <param name="countedFrom">The certificate after which service counts, or <see langword="null"/>.</param>
    /// <exception cref="ModelRuleException">A value is missing or out of range.</exception>
    public CumulativeServiceCondition(string clause, string item, LocalizedText text, int years, OccupationScope occupations, CertificateSpec? countedFrom = null)
        : base(clause, item, text, years, occupations, countedFrom)
    {
    }

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.CumulativeService;
}
