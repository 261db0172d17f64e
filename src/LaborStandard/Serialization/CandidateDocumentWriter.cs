using System.Globalization;
using LaborStandard.Eligibility;

namespace LaborStandard.Serialization;

/// <summary>Turns candidate profiles and their records into transfer objects; shared by candidate and decision documents.</summary>
internal static class CandidateDocumentWriter
{
    public static CandidateDto Write(CandidateProfile profile) => new()
    {
        Id = profile.Id,
        Education = profile.Education is { } education ? Education(education) : null,
        Schooling = profile.Schooling.IsEmpty ? null : [.. profile.Schooling.Select(School)],
        Certificates = profile.Certificates.IsEmpty ? null : [.. profile.Certificates.Select(Certificate)],
        Trainings = profile.Trainings.IsEmpty ? null : [.. profile.Trainings.Select(Training)],
        Work = profile.WorkHistory.IsEmpty ? null : [.. profile.WorkHistory.Select(Work)],
        Unknown = Unknown(profile),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static EducationDto Education(EducationRecord education) => new()
    {
        Level = NameTables.NameOf(NameTables.EducationLevels, education.Level),
        Equivalent = education.IsEquivalent,
        ObtainedOn = Date(education.ObtainedOn),
    };

    public static SchoolDto School(SchoolRecord school) => new()
    {
        Kind = NameTables.NameOf(NameTables.SchoolKinds, school.Kind),
        Programme = NameTables.NameOf(NameTables.SchoolProgrammes, school.Programme),
        GraduationDate = Date(school.GraduationDate),
        Graduated = school.HasGraduated,
    };

    public static CertificateDto Certificate(Certificate certificate) => new()
    {
        OccupationCode = certificate.OccupationCode,
        Level = certificate.Level.Rank,
        Kind = NameTables.NameOf(NameTables.CertificateKinds, certificate.Kind),
        IssuedOn = Date(certificate.IssuedOn),
    };

    public static TrainingDto Training(TrainingRecord training) => new()
    {
        OccupationCode = training.OccupationCode,
        Level = training.Level.Rank,
        Hours = training.HoursCompleted,
        CompletionCertificateOn = Date(training.CompletionCertificateOn),
    };

    public static WorkDto Work(WorkPeriod work) => new() { OccupationCode = work.OccupationCode, From = Date(work.From), To = Date(work.To) };

    private static List<string?>? Unknown(CandidateProfile profile)
    {
        // Education is unknown whenever it is absent; say so only where it is given yet marked unknown.
        var names = NameTables.CandidateFacts
            .Where(f => !profile.Knows(f.Value) && !(f.Value == CandidateFacts.Education && profile.Education is null))
            .Select(f => (string?)f.Name)
            .ToList();
        return names.Count == 0 ? null : names;
    }
}
