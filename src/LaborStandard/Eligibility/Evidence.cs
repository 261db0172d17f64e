using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// A fact of the candidate's that a condition looked at: which run of work, which certificate, which training, which
/// education or school; whether it counts, and if not, why.
/// </summary>
/// <remarks>Exactly one of the record properties is set, as <see cref="Kind"/> says. Immutable and thread-safe.</remarks>
public sealed class Evidence
{
    private Evidence(EvidenceKind kind, bool counts, LocalizedText description)
    {
        Kind = kind;
        Counts = counts;
        Description = description;
    }

    /// <summary>Gets the kind of fact.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Gets whether the fact counts towards the condition.</summary>
    public bool Counts { get; }

    /// <summary>Gets what the fact is and, when it does not count, why.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets the run of work, for <see cref="EvidenceKind.WorkRun"/>.</summary>
    public ServiceRun? Run { get; private init; }

    /// <summary>Gets the certificate, for <see cref="EvidenceKind.Certificate"/>.</summary>
    public Certificate? Certificate { get; private init; }

    /// <summary>Gets the training, for <see cref="EvidenceKind.Training"/>.</summary>
    public TrainingRecord? Training { get; private init; }

    /// <summary>Gets the education, for <see cref="EvidenceKind.Education"/>.</summary>
    public EducationRecord? Education { get; private init; }

    /// <summary>Gets the school enrolment, for <see cref="EvidenceKind.School"/>.</summary>
    public SchoolRecord? School { get; private init; }

    /// <summary>Returns the description in Chinese, marked when the fact does not count.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => (Counts ? "✓ " : "✗ ") + Description.Chinese;

    internal static Evidence Of(ServiceRun run, bool counts, LocalizedText description) => new(EvidenceKind.WorkRun, counts, description) { Run = run };

    internal static Evidence Of(Certificate certificate, bool counts, LocalizedText description) => new(EvidenceKind.Certificate, counts, description) { Certificate = certificate };

    internal static Evidence Of(TrainingRecord training, bool counts, LocalizedText description) => new(EvidenceKind.Training, counts, description) { Training = training };

    internal static Evidence Of(EducationRecord education, bool counts, LocalizedText description) => new(EvidenceKind.Education, counts, description) { Education = education };

    internal static Evidence Of(SchoolRecord school, bool counts, LocalizedText description) => new(EvidenceKind.School, counts, description) { School = school };
}
