using System.Collections.Immutable;
using System.Runtime.InteropServices;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Which of a candidate's certificates a <see cref="CertificateSpec"/> accepts, and why the others do not count.</summary>
internal sealed class CertificateMatcher
{
    private readonly CertificateSpec _spec;
    private readonly int _kinds;

    // Why a certificate does not count: the same words for every candidate, made once.
    private readonly LocalizedText _notInScope;
    private readonly LocalizedText _otherLevel;
    private readonly LocalizedText _otherKind;
    private static readonly LocalizedText SkillLevelNotAccepted = new(
        $"职业技能等级证书不计：本规则按征求意见稿原文只认职业资格证书；如亦认可职业技能等级证书，请改用规则“{DecisionTexts.SkillLevelRulesName}”（laborstd --rules {DecisionTexts.SkillLevelRulesName}）",
        $"a vocational skill level certificate does not count: these rules, the draft's own words, accept only vocational qualification certificates; to accept skill level certificates too, use the rules '{DecisionTexts.SkillLevelRulesName}' (laborstd --rules {DecisionTexts.SkillLevelRulesName})");

    private static readonly LocalizedText IssuedLater = new("颁发日期晚于评估日期，届时方计", "issued after the as-of date, counts from its issue date");

    public CertificateMatcher(CertificateSpec spec)
    {
        _spec = spec;
        foreach (var kind in spec.Kinds)
        {
            _kinds |= 1 << (int)kind;
        }

        var kinds = spec.Kinds.Select(DecisionTexts.Certificate).ToList();
        var scope = DecisionTexts.Scope(spec.Occupations);
        Wanted = new LocalizedText(
            $"{scope.Chinese}{spec.Level.ChineseName}{string.Join("或", kinds.Select(k => k.Chinese))}",
            $"{spec.Level.Name.English} {string.Join(" or ", kinds.Select(k => k.English))} of {scope.English}");
        _notInScope = DecisionTexts.OutOfScope(spec.Occupations);
        _otherLevel = new LocalizedText($"等级不是{spec.Level.ChineseName}，不计", $"not {spec.Level.Name.English}, does not count");
        _otherKind = new LocalizedText($"证书种类不符（需{string.Join("或", kinds.Select(k => k.Chinese))}），不计", $"kind not accepted (needs {string.Join(" or ", kinds.Select(k => k.English))}), does not count");
    }

    /// <summary>The certificate wanted, in words and without an article: 本职业四级职业资格证书.</summary>
    public LocalizedText Wanted { get; }

    /// <summary>The earliest issue day of an accepted certificate, whatever its date, or <see cref="Outcome.Never"/>.</summary>
    public int EarliestIssue(in Facts facts)
    {
        var earliest = Outcome.Never;
        foreach (var certificate in facts.Profile.Certificates)
        {
            if (Accepts(certificate, facts) && certificate.IssuedOn.DayNumber < earliest)
            {
                earliest = certificate.IssuedOn.DayNumber;
            }
        }

        return earliest;
    }

    /// <summary>Whether an accepted certificate was issued by the as-of date.</summary>
    public bool AnyIssuedBy(in Facts facts)
    {
        foreach (var certificate in facts.Profile.Certificates)
        {
            if (certificate.IssuedOn.DayNumber <= facts.AsOf && Accepts(certificate, facts))
            {
                return true;
            }
        }

        return false;
    }

    public ImmutableArray<Evidence> Evidence(in Facts facts)
    {
        var certificates = facts.Profile.Certificates;
        var evidence = new Evidence[certificates.Length];
        for (var i = 0; i < evidence.Length; i++)
        {
            var certificate = certificates[i];
            var kind = DecisionTexts.Certificate(certificate.Kind);
            var issued = DecisionTexts.Date(certificate.IssuedOn);
            var why = Reason(certificate, facts);
            var description = DecisionTexts.Described(
                $"{certificate.OccupationCode} {certificate.Level.ChineseName}{kind.Chinese}，{issued} 颁发",
                $"{certificate.OccupationCode} {certificate.Level.Name.English} {kind.English}, issued {issued}",
                why);
            evidence[i] = Eligibility.Evidence.Of(certificate, why is null, description);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(evidence);
    }

    private bool Accepts(Certificate certificate, in Facts facts)
        => certificate.Level == _spec.Level
           && (_kinds & (1 << (int)certificate.Kind)) != 0
           && facts.Counts(certificate.OccupationCode, _spec.Occupations);

    private LocalizedText? Reason(Certificate certificate, in Facts facts)
    {
        if (!facts.Counts(certificate.OccupationCode, _spec.Occupations))
        {
            return _notInScope;
        }

        if (certificate.Level != _spec.Level)
        {
            return _otherLevel;
        }

        if ((_kinds & (1 << (int)certificate.Kind)) == 0)
        {
            return certificate.Kind == CertificateKind.SkillLevel ? SkillLevelNotAccepted : _otherKind;
        }

        return certificate.IssuedOn.DayNumber > facts.AsOf ? IssuedLater : null;
    }
}
