using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Rules;

/// <summary>Which certificates count: a level, the kinds accepted and the occupations accepted.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class CertificateSpec : IEquatable<CertificateSpec>
{
    private static readonly LocalizedText NoKind = new("未列出任何证书种类，没有证书能够计入。", "accepts no kind of certificate, so no certificate can ever count.");

    /// <summary>Creates the specification.</summary>
    /// <param name="level">The level the certificate must certify.</param>
    /// <param name="kinds">The kinds accepted; at least one, each once.</param>
    /// <param name="occupations">Whose certificates count: this occupation's only, or related ones' too.</param>
    /// <exception cref="ModelRuleException">The level or a kind is undefined, or no kind is accepted.</exception>
    public CertificateSpec(SkillLevel level, ImmutableArray<CertificateKind> kinds, OccupationScope occupations = OccupationScope.ThisOccupation)
    {
        Level = Invariant.Level(level, "level");
        Invariant.Values(kinds, "kinds");
        Invariant.Require(!kinds.IsEmpty, StandardRules.RuleConsistency, "kinds", NoKind);
        for (var i = 0; i < kinds.Length; i++)
        {
            Invariant.Enum(kinds[i], Invariant.Indexed("kinds", i));
            Invariant.Require(kinds.IndexOf(kinds[i]) == i, StandardRules.CodeUnique, Invariant.Indexed("kinds", i), $"重复列出；每种证书只能列一次。", $"{kinds[i]} is named twice.");
        }

        Invariant.Enum(occupations, "occupations");
        Kinds = kinds;
        Occupations = occupations;
    }

    /// <summary>Gets the level the certificate must certify.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the kinds of certificate accepted.</summary>
    public ImmutableArray<CertificateKind> Kinds { get; }

    /// <summary>Gets whose certificates count.</summary>
    public OccupationScope Occupations { get; }

    /// <inheritdoc />
    public bool Equals(CertificateSpec? other)
        => other is not null && Level == other.Level && Sequence.Equal(Kinds, other.Kinds) && Occupations == other.Occupations;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CertificateSpec);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Sequence.Hash(Kinds), Occupations);

    /// <summary>Returns the level, kinds and scope.</summary>
    /// <returns>For example "四级/中级工 VocationalQualification ThisOccupation".</returns>
    public override string ToString() => $"{Level} {string.Join("|", Kinds)} {Occupations}";
}
