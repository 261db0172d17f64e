using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Holds once an accepted certificate has been issued.</summary>
internal sealed class CertificateNode(CertificateCondition condition) : Node(condition)
{
    private readonly CertificateMatcher _matcher = new(condition.Certificate);

    public override Outcome Evaluate(in Facts facts)
        => Outcome.FromDay(_matcher.EarliestIssue(facts), facts.AsOf, facts.Knows(CandidateFacts.Certificates));

    public override ConditionResult Explain(in Facts facts)
    {
        var outcome = Evaluate(facts);
        var shortfall = new Shortfall(ShortfallUnit.None, 0, 0, new LocalizedText("未持有" + _matcher.Wanted.Chinese, "holds no " + _matcher.Wanted.English));
        return Result(facts, outcome, _matcher.Evidence(facts), shortfall);
    }
}
