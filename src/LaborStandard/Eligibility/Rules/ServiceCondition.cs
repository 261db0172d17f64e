using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// A condition on years of work in an occupation: <see cref="ContinuousServiceCondition"/> (连续) or
/// <see cref="CumulativeServiceCondition"/> (累计).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public abstract class ServiceCondition : Condition
{
    private protected ServiceCondition(string clause, string item, LocalizedText text, int years, OccupationScope occupations, CertificateSpec? countedFrom)
        : base(clause, item, text)
    {
        if (years < 1)
        {
            throw Invariant.Violation(StandardRules.RuleConsistency, "years", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"应至少为 1，实为 {years}。"),
                string.Create(CultureInfo.InvariantCulture, $"must be at least 1, was {years}.")));
        }

        if (years > RuleLimits.MaxYears)
        {
            throw Invariant.Violation(StandardRules.RuleRange, "years", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"为 {years}，超出上限 {RuleLimits.MaxYears} 年。"),
                string.Create(CultureInfo.InvariantCulture, $"is {years}, above the bound of {RuleLimits.MaxYears} years.")));
        }
        Invariant.Enum(occupations, "occupations");
        Years = years;
        Occupations = occupations;
        CountedFrom = countedFrom;
    }

    /// <summary>Gets the years of service required; exactly that many qualifies (以上 includes the number).</summary>
    public int Years { get; }

    /// <summary>Gets which occupations count: this occupation (本职业) or related ones too (相关职业).</summary>
    public OccupationScope Occupations { get; }

    /// <summary>
    /// Gets the certificate after which service counts (取得…证书后), or <see langword="null"/> when all service counts:
    /// only days on or after the earliest accepted certificate's issue date count.
    /// </summary>
    public CertificateSpec? CountedFrom { get; }

    private protected override bool EqualParameters(Condition other)
    {
        var service = (ServiceCondition)other;
        return Years == service.Years && Occupations == service.Occupations && Equals(CountedFrom, service.CountedFrom);
    }
}
