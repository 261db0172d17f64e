using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Which of a candidate's certificates a <see cref="CertificateSpec"/> accepts, and why the others do not count.</summary>
internal sealed class CertificateMatcher
{
    private readonly CertificateSpec _spec;
    private readonly int _kinds;

    public CertificateMatcher(CertificateSpec spec)
    {
        _spec = spec;
        foreach (var kind in spec.Kinds)
        {
            _kinds |= 1 << (int)kind;
        }

        var kinds = spec.Kinds.Select(Texts.Certificate).ToList();
        Wanted = new LocalizedText(
            $"{Texts.Scope(spec.Occupations).Chinese}{spec.Level.ChineseName}{string.Join("或", kinds.Select(k => k.Chinese))}",
            $"{spec.Level.Name.English} {string.Join(" or ", kinds.Select(k => k.English))} of {Texts.Scope(spec.Occupations).English}");
    }

    /// <summary>The certificate wanted, in words and without an article: 本职业四级职业资格证书.</summary>
    public LocalizedText Wanted { get; }

    /// <summary>The earliest issue day of an accepted certificate, whatever its date, or <see cref="Outcome.Never"/>.</summary>
    public int EarliestIssue(in Facts facts)
    {
        var earliest = Outcome.Never;
        foreach (var certificate in facts.Profile.Certificates)
        {
            if (Accepts(certificate, facts.Settings) && certificate.IssuedOn.DayNumber < earliest)
            {
                earliest = certificate.IssuedOn.DayNumber;
            }
        }

        return earliest;
    }

    public ImmutableArray<Evidence> Evidence(in Facts facts)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        foreach (var certificate in facts.Profile.Certificates)
        {
            var what = new LocalizedText(
                $"{certificate.OccupationCode} {certificate.Level.ChineseName}{Texts.Certificate(certificate.Kind).Chinese}，{Texts.Date(certificate.IssuedOn)} 颁发",
                $"{certificate.OccupationCode} {certificate.Level.Name.English} {Texts.Certificate(certificate.Kind).English}, issued {Texts.Date(certificate.IssuedOn)}");
            var why = Reason(certificate, facts);
            evidence.Add(Eligibility.Evidence.Of(certificate, why is null, why is null ? what : Texts.Join(what, "：", ": ", why)));
        }

        return evidence.ToImmutable();
    }

    private bool Accepts(Certificate certificate, EngineSettings settings)
        => certificate.Level == _spec.Level
           && (_kinds & (1 << (int)certificate.Kind)) != 0
           && settings.Counts(certificate.OccupationCode, _spec.Occupations);

    private LocalizedText? Reason(Certificate certificate, in Facts facts)
    {
        if (!facts.Settings.Counts(certificate.OccupationCode, _spec.Occupations))
        {
            return new LocalizedText("不是" + Texts.Scope(_spec.Occupations).Chinese + "的证书，不计", "not of " + Texts.Scope(_spec.Occupations).English + ", does not count");
        }

        if (certificate.Level != _spec.Level)
        {
            return new LocalizedText($"等级不是{_spec.Level.ChineseName}，不计", $"not {_spec.Level.Name.English}, does not count");
        }

        if ((_kinds & (1 << (int)certificate.Kind)) == 0)
        {
            return new LocalizedText($"证书种类不符（需{string.Join("或", _spec.Kinds.Select(k => Texts.Certificate(k).Chinese))}），不计", $"kind not accepted (needs {string.Join(" or ", _spec.Kinds.Select(k => Texts.Certificate(k).English))}), does not count");
        }

        return certificate.IssuedOn.DayNumber > facts.AsOf
            ? new LocalizedText("颁发日期晚于评估日期，届时方计", "issued after the as-of date, counts from its issue date")
            : null;
    }
}
