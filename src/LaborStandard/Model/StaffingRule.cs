using System.Globalization;

namespace LaborStandard.Model;

/// <summary>
/// 配比 — a staffing rule of clause 1.9.3: one member of staff per <see cref="CandidatesPerStaff"/> candidates, at
/// least <see cref="MinimumStaff"/> per room or per assessment, and, for evaluators, an odd number.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class StaffingRule : IEquatable<StaffingRule>
{
    private static readonly LocalizedText MustBeOdd = new("人数须为单数时，最少人数也应为单数。", "must be odd when the number of staff must be odd.");

    /// <summary>Creates a staffing rule.</summary>
    /// <param name="kind">The assessment the rule staffs.</param>
    /// <param name="role">The staff: proctors or evaluators.</param>
    /// <param name="candidatesPerStaff">The ratio's candidate side: 15 for 1:15.</param>
    /// <param name="minimumStaff">The least number of staff.</param>
    /// <param name="scope">What the minimum applies to: each room or the assessment.</param>
    /// <param name="requiresOddCount">Whether the number of staff must be odd (单数).</param>
    /// <exception cref="ModelRuleException">A number is not positive, or an enumeration value is undefined.</exception>
    public StaffingRule(AssessmentKind kind, StaffRole role, int candidatesPerStaff, int minimumStaff, StaffingScope scope, bool requiresOddCount)
    {
        Invariant.Enum(kind, "kind");
        Invariant.Enum(role, "role");
        Invariant.Enum(scope, "scope");
        Kind = kind;
        Role = role;
        CandidatesPerStaff = Invariant.Positive(candidatesPerStaff, "candidatesPerStaff");
        MinimumStaff = Invariant.Positive(minimumStaff, "minimumStaff");
        Invariant.Require(!requiresOddCount || minimumStaff % 2 == 1, StandardRules.Range, "minimumStaff", MustBeOdd);
        Scope = scope;
        RequiresOddCount = requiresOddCount;
    }

    /// <summary>Gets the assessment the rule staffs.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the staff: proctors (监考人员) or evaluators (考评人员).</summary>
    public StaffRole Role { get; }

    /// <summary>Gets the candidates one member of staff may have: 15 for a ratio of 1:15.</summary>
    public int CandidatesPerStaff { get; }

    /// <summary>Gets the least number of staff: 2 proctors per room, 3 evaluators.</summary>
    public int MinimumStaff { get; }

    /// <summary>Gets what the minimum applies to.</summary>
    public StaffingScope Scope { get; }

    /// <summary>Gets whether the number of staff must be odd (考评人员为 3 人以上单数).</summary>
    public bool RequiresOddCount { get; }

    /// <inheritdoc />
    public bool Equals(StaffingRule? other)
        => other is not null
           && Kind == other.Kind
           && Role == other.Role
           && CandidatesPerStaff == other.CandidatesPerStaff
           && MinimumStaff == other.MinimumStaff
           && Scope == other.Scope
           && RequiresOddCount == other.RequiresOddCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StaffingRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Role, CandidatesPerStaff, MinimumStaff, Scope, RequiresOddCount);

    /// <summary>Returns the rule in short.</summary>
    /// <returns>For example "Theory Proctor 1:15, ≥2 PerRoom".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Role} 1:{CandidatesPerStaff}, ≥{MinimumStaff} {Scope}{(RequiresOddCount ? ", odd" : string.Empty)}");
}
