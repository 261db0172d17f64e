namespace LaborStandard.Eligibility.Rules;

/// <summary>The kind of a certificate of a skill level.</summary>
public enum CertificateKind
{
    /// <summary>职业资格证书 — a vocational qualification certificate (the kind clause 1.9.1 names).</summary>
    VocationalQualification = 1,

    /// <summary>职业技能等级证书 — a vocational skill level certificate (issued by accredited assessment bodies).</summary>
    SkillLevel = 2,
}
