using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Holds once an accepted certificate has been issued.</summary>
internal sealed class CertificateNode : Node
{
    private readonly CertificateMatcher _matcher;
    private readonly Shortfall _missing;

    /// <inheritdoc />
    protected override CandidateFacts Reads => CandidateFacts.Certificates;

    public CertificateNode(CertificateCondition condition)
        : base(condition)
    {
        _matcher = new CertificateMatcher(condition.Certificate);
        _missing = new Shortfall(ShortfallUnit.None, 0, 0, new LocalizedText("未持有" + _matcher.Wanted.Chinese, "holds no " + _matcher.Wanted.English));
    }

    public override Outcome Evaluate(in Facts facts)
        => Outcome.FromDay(_matcher.EarliestIssue(facts), facts.AsOf, facts.Knows(CandidateFacts.Certificates));

    public override Truth Decide(in Facts facts)
        => _matcher.AnyIssuedBy(facts) ? Truth.True : facts.Knows(CandidateFacts.Certificates) ? Truth.False : Truth.Unknown;

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        outcome = Evaluate(facts);
        return Result(facts, outcome, _matcher.Evidence(facts), _missing);
    }
}
