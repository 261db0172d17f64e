using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// 申报人 — what an application for a level rests on: highest education, school enrolments, certificates held,
/// preparatory trainings and work history.
/// </summary>
/// <remarks>
/// <para>
/// One rule for every group of facts (education, school enrolments, certificates, trainings, work history): a group
/// that is not given (<see langword="null"/>, or a <see langword="default"/> list) is not known, so a condition that needs
/// it answers "indeterminate" and names the group, instead of a "no" that only reflects what was left out; a group given
/// as an empty list is known to be empty. To say that a given list may be incomplete, name its group in
/// <see cref="UnknownFacts"/> as well.
/// </para>
/// <para>
/// The profile copies what it is given; nothing the caller passed is kept or changed. Immutable and thread-safe;
/// equality is by value (lists compare in order).
/// </para>
/// </remarks>
public sealed class CandidateProfile : IEquatable<CandidateProfile>
{
    /// <summary>Creates a profile.</summary>
    /// <param name="education">The highest education, or <see langword="null"/> when it is not known.</param>
    /// <param name="schooling">School enrolments; empty for none; not given (<see langword="default"/>) when not known.</param>
    /// <param name="certificates">Certificates held; empty for none; not given when not known.</param>
    /// <param name="trainings">Preparatory trainings; empty for none; not given when not known.</param>
    /// <param name="workHistory">Periods of work; empty for none; not given when not known.</param>
    /// <param name="unknownFacts">Further groups that are not known: given lists that may be incomplete.</param>
    /// <param name="id">An identifier of the caller's, carried into decisions (e.g. an application number).</param>
    /// <param name="relatedOccupations">
    /// The occupations recognised as related to the standard's own (相关职业) for this candidate; when not given
    /// (<see langword="default"/>), the engine's <see cref="EligibilityOptions.RelatedOccupations"/> apply; an empty list
    /// means that none is related for this candidate.
    /// </param>
    /// <exception cref="ModelRuleException">A list holds a null entry, a related occupation code is malformed, or <paramref name="unknownFacts"/> names an undefined group.</exception>
    public CandidateProfile(
        EducationRecord? education = null,
        ImmutableArray<SchoolRecord> schooling = default,
        ImmutableArray<Certificate> certificates = default,
        ImmutableArray<TrainingRecord> trainings = default,
        ImmutableArray<WorkPeriod> workHistory = default,
        CandidateFacts unknownFacts = CandidateFacts.None,
        string? id = null,
        ImmutableArray<string> relatedOccupations = default)
    {
        Education = education;
        Schooling = Invariant.Items(schooling.IsDefault ? [] : schooling, "schooling");
        Certificates = Invariant.Items(certificates.IsDefault ? [] : certificates, "certificates");
        Trainings = Invariant.Items(trainings.IsDefault ? [] : trainings, "trainings");
        WorkHistory = Invariant.Items(workHistory.IsDefault ? [] : workHistory, "workHistory");
        if ((unknownFacts & ~CandidateFacts.All) != 0)
        {
            throw Invariant.Violation(StandardRules.UnknownValue, "unknownFacts", new LocalizedText($"“{unknownFacts}”含有不存在的事实类别。", $"'{unknownFacts}' names a group of facts that does not exist."));
        }
        UnknownFacts = unknownFacts
            | (education is null ? CandidateFacts.Education : CandidateFacts.None)
            | (schooling.IsDefault ? CandidateFacts.Schooling : CandidateFacts.None)
            | (certificates.IsDefault ? CandidateFacts.Certificates : CandidateFacts.None)
            | (trainings.IsDefault ? CandidateFacts.Trainings : CandidateFacts.None)
            | (workHistory.IsDefault ? CandidateFacts.WorkHistory : CandidateFacts.None);
        Id = id;
        RelatedOccupationsGiven = !relatedOccupations.IsDefault;
        RelatedOccupations = RelatedOccupationsGiven ? OccupationCodes.CheckAll(relatedOccupations, "relatedOccupations") : [];
        SortedWork = SortWork(WorkHistory);
    }

    /// <summary>Gets the highest education, or <see langword="null"/> when it is not known.</summary>
    public EducationRecord? Education { get; }

    /// <summary>Gets the school enrolments (empty when none, or when not known: see <see cref="Knows"/>).</summary>
    public ImmutableArray<SchoolRecord> Schooling { get; }

    /// <summary>Gets the certificates held.</summary>
    public ImmutableArray<Certificate> Certificates { get; }

    /// <summary>Gets the preparatory trainings.</summary>
    public ImmutableArray<TrainingRecord> Trainings { get; }

    /// <summary>Gets the periods of work, in the order given.</summary>
    public ImmutableArray<WorkPeriod> WorkHistory { get; }

    /// <summary>Gets the groups of facts that are not known: those not given, and those named as possibly incomplete.</summary>
    public CandidateFacts UnknownFacts { get; }

    /// <summary>Gets the caller's identifier of the candidate, if one was given.</summary>
    public string? Id { get; }

    /// <summary>Gets the occupations recognised as related for this candidate; empty when none is, or when none were given (see <see cref="RelatedOccupationsGiven"/>).</summary>
    public ImmutableArray<string> RelatedOccupations { get; }

    /// <summary>Gets whether the candidate's related occupations were given; when not, the engine's options apply.</summary>
    public bool RelatedOccupationsGiven { get; }

    /// <summary>The work history sorted by start and end, as day numbers, for evaluation without allocation.</summary>
    internal WorkSpan[] SortedWork { get; }

    /// <summary>Whether a group of facts is known.</summary>
    /// <param name="facts">The group.</param>
    /// <returns><see langword="true"/> when the caller knows it.</returns>
    public bool Knows(CandidateFacts facts) => (UnknownFacts & facts) == 0;

    /// <inheritdoc />
    public bool Equals(CandidateProfile? other)
        => other is not null
           && Equals(Education, other.Education)
           && Sequence.Equal(Schooling, other.Schooling)
           && Sequence.Equal(Certificates, other.Certificates)
           && Sequence.Equal(Trainings, other.Trainings)
           && Sequence.Equal(WorkHistory, other.WorkHistory)
           && UnknownFacts == other.UnknownFacts
           && string.Equals(Id, other.Id, StringComparison.Ordinal)
           && RelatedOccupationsGiven == other.RelatedOccupationsGiven
           && Sequence.Equal(RelatedOccupations, other.RelatedOccupations);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CandidateProfile);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Education, Sequence.Hash(Schooling), Sequence.Hash(Certificates), Sequence.Hash(Trainings), Sequence.Hash(WorkHistory), UnknownFacts, Id, Sequence.Hash(RelatedOccupations));

    /// <summary>Returns a summary of the profile.</summary>
    /// <returns>For example "candidate A-17: Bachelor, 1 school, 2 certificates, 0 trainings, 3 work periods".</returns>
    public override string ToString()
        => $"candidate{(Id is null ? string.Empty : " " + Id)}: {(Education?.ToString() ?? "education unknown")}, {Schooling.Length} school(s), {Certificates.Length} certificate(s), {Trainings.Length} training(s), {WorkHistory.Length} work period(s)"
           + (UnknownFacts == CandidateFacts.None ? string.Empty : $", unknown: {UnknownFacts}")
           + (RelatedOccupationsGiven ? $", related: [{string.Join(", ", RelatedOccupations)}]" : string.Empty);

    private static WorkSpan[] SortWork(ImmutableArray<WorkPeriod> work)
    {
        if (work.IsEmpty)
        {
            return [];
        }

        var spans = new WorkSpan[work.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            var period = work[i];
            spans[i] = new WorkSpan(period.OccupationCode, period.From.DayNumber, period.To?.DayNumber ?? WorkSpan.Ongoing, period);
        }

        Array.Sort(spans);
        return spans;
    }
}
