using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>A certificate of a skill level held by a candidate: its occupation, level, kind and issue date.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class Certificate : IEquatable<Certificate>
{
    /// <summary>Creates a certificate.</summary>
    /// <param name="occupationCode">The occupation, as a national occupation code such as <c>3-01-01-02</c>.</param>
    /// <param name="level">The level certified.</param>
    /// <param name="kind">职业资格证书 or 职业技能等级证书.</param>
    /// <param name="issuedOn">The issue date.</param>
    /// <exception cref="ModelRuleException">The code is malformed, the level undefined or the kind unknown.</exception>
    public Certificate(string occupationCode, SkillLevel level, CertificateKind kind, DateOnly issuedOn)
    {
        OccupationCode = OccupationCodes.Check(occupationCode, "occupationCode");
        Level = Invariant.Level(level, "level");
        Invariant.Enum(kind, "kind");
        Kind = kind;
        IssuedOn = issuedOn;
    }

    /// <summary>Gets the occupation certified.</summary>
    public string OccupationCode { get; }

    /// <summary>Gets the level certified.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the kind of certificate.</summary>
    public CertificateKind Kind { get; }

    /// <summary>Gets the issue date.</summary>
    public DateOnly IssuedOn { get; }

    /// <inheritdoc />
    public bool Equals(Certificate? other)
        => other is not null && string.Equals(OccupationCode, other.OccupationCode, StringComparison.Ordinal) && Level == other.Level && Kind == other.Kind && IssuedOn == other.IssuedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Certificate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccupationCode, Level, Kind, IssuedOn);

    /// <summary>Returns the occupation, level, kind and date.</summary>
    /// <returns>For example "3-01-01-02 四级/中级工 VocationalQualification 2023-06-30".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OccupationCode} {Level} {Kind} {IssuedOn:yyyy-MM-dd}");
}
