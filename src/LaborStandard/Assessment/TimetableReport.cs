using System.Collections.Immutable;

namespace LaborStandard.Assessment;

/// <summary>The check of a timetable against clause 1.9.4: every sitting that is shorter than its minimum duration.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TimetableReport
{
    internal TimetableReport(ImmutableArray<TimetableSlot> slots, ImmutableArray<Violation> violations)
    {
        Slots = slots;
        Violations = violations;
    }

    /// <summary>Gets the sittings checked, in the caller's order.</summary>
    public ImmutableArray<TimetableSlot> Slots { get; }

    /// <summary>Gets every violation, in the order of the sittings; empty when every sitting is long enough.</summary>
    public ImmutableArray<Violation> Violations { get; }

    /// <summary>Gets whether every sitting lasts at least its minimum.</summary>
    public bool Passed => Violations.IsEmpty;

    /// <summary>Gets the clause the check rests on: <c>1.9.4</c>.</summary>
    public string Clause { get; } = AssessmentClauses.Durations;

    /// <summary>Returns the verdict and the violations.</summary>
    /// <returns>For example "1.9.4: 1 violation: …".</returns>
    public override string ToString() => Violation.Summarize(Clause, Violations);
}
