using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// A school enrolment: the kind of school (技工院校 or 职业院校), the programme (regular or 技师班) and the graduation
/// date, actual or expected.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class SchoolRecord : IEquatable<SchoolRecord>
{
    /// <summary>Creates a school record.</summary>
    /// <param name="kind">The kind of school.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="graduationDate">The graduation date: the actual one when <paramref name="hasGraduated"/>, else the expected one.</param>
    /// <param name="hasGraduated">Whether the candidate has graduated (the date is actual) or is still enrolled (the date is expected).</param>
    /// <exception cref="ModelRuleException">The kind or programme is undefined.</exception>
    public SchoolRecord(SchoolKind kind, SchoolProgramme programme, DateOnly graduationDate, bool hasGraduated)
    {
        Invariant.Enum(kind, "kind");
        Invariant.Enum(programme, "programme");
        Kind = kind;
        Programme = programme;
        GraduationDate = graduationDate;
        HasGraduated = hasGraduated;
    }

    /// <summary>Gets the kind of school.</summary>
    public SchoolKind Kind { get; }

    /// <summary>Gets the programme.</summary>
    public SchoolProgramme Programme { get; }

    /// <summary>Gets the graduation date: actual when <see cref="HasGraduated"/>, else expected.</summary>
    public DateOnly GraduationDate { get; }

    /// <summary>Gets whether the candidate has graduated.</summary>
    public bool HasGraduated { get; }

    /// <inheritdoc />
    public bool Equals(SchoolRecord? other)
        => other is not null && Kind == other.Kind && Programme == other.Programme && GraduationDate == other.GraduationDate && HasGraduated == other.HasGraduated;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SchoolRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Programme, GraduationDate, HasGraduated);

    /// <summary>Returns the school, programme and date.</summary>
    /// <returns>For example "TechnicalSchool TechnicianClass graduated 2024-06-30".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Programme} {(HasGraduated ? "graduated" : "expected")} {GraduationDate:yyyy-MM-dd}");
}
