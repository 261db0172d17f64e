using System.Collections.Immutable;

namespace LaborStandard.Assessment;

/// <summary>
/// The check of a <see cref="SessionPlan"/> against clause 1.9.3 (and the rooms' capacities, 1.9.5): what each unit
/// needs and every violation found, each with its clause.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StaffingReport
{
    internal StaffingReport(SessionPlan plan, ImmutableArray<StaffRequirement> requirements, ImmutableArray<Violation> violations)
    {
        Plan = plan;
        Requirements = requirements;
        Violations = violations;
    }

    /// <summary>Gets the plan checked.</summary>
    public SessionPlan Plan { get; }

    /// <summary>
    /// Gets what the staffing units need: one entry per room, in the plan's order, when rooms are staffed one by one
    /// (theory); a single entry for the whole session when the staff form one panel (skill).
    /// </summary>
    public ImmutableArray<StaffRequirement> Requirements { get; }

    /// <summary>Gets every violation, room by room in the plan's order; empty when the plan keeps the rules.</summary>
    public ImmutableArray<Violation> Violations { get; }

    /// <summary>Gets whether the plan keeps every rule.</summary>
    public bool Passed => Violations.IsEmpty;

    /// <summary>Gets the clause the check rests on: <c>1.9.3</c>.</summary>
    public string Clause { get; } = AssessmentClauses.Staffing;

    /// <summary>Returns the verdict and the violations.</summary>
    /// <returns>For example "1.9.3: 2 violations: …".</returns>
    public override string ToString() => Violation.Summarize(Clause, Violations);
}
