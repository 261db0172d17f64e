using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// 取得证书 — holds when the candidate holds a certificate that the <see cref="Certificate"/> specification accepts,
/// issued on or before the as-of date.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class CertificateCondition : Condition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="clause">The clause, e.g. <c>1.9.1</c>.</param>
    /// <param name="item">The item, e.g. <c>三级（2）</c>.</param>
    /// <param name="text">The text, e.g. 取得本职业四级职业资格证书.</param>
    /// <param name="certificate">Which certificates count.</param>
    /// <exception cref="ModelRuleException">A value is missing.</exception>
    public CertificateCondition(string clause, string item, LocalizedText text, CertificateSpec certificate)
        : base(clause, item, text)
        => Certificate = Invariant.NotNull(certificate, "certificate");

    /// <inheritdoc />
    public override ConditionKind Kind => ConditionKind.Certificate;

    /// <summary>Gets which certificates count.</summary>
    public CertificateSpec Certificate { get; }

    private protected override bool EqualParameters(Condition other) => Certificate.Equals(((CertificateCondition)other).Certificate);
}
