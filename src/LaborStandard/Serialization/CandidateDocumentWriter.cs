using System.Collections.Immutable;
using System.Text.Json;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>Turns candidate profiles and their records into transfer objects; shared by candidate and decision documents.</summary>
internal static class CandidateDocumentWriter
{
    public static CandidateDto Write(CandidateProfile profile) => new()
    {
        Id = profile.Id,
        Education = profile.Education is { } education ? Education(education) : null,
        Schooling = Given(profile, CandidateFacts.Schooling, profile.Schooling, School),
        Certificates = Given(profile, CandidateFacts.Certificates, profile.Certificates, Certificate),
        Trainings = Given(profile, CandidateFacts.Trainings, profile.Trainings, Training),
        Work = Given(profile, CandidateFacts.WorkHistory, profile.WorkHistory, Work),
        RelatedOccupations = profile.RelatedOccupationsGiven ? [.. profile.RelatedOccupations] : null,
        Unknown = Unknown(profile),
    };

    public static string Date(DateOnly date) => IsoDate.ToString(date);

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

    /// <summary>Writes a period of work in the candidate document's shape (decisions quote it as evidence).</summary>
    public static void Write(Utf8JsonWriter writer, WorkPeriod work) => JsonSerializer.Serialize(writer, Work(work), DocumentJsonContext.Default.WorkDto);

    /// <summary>Writes a certificate in the candidate document's shape.</summary>
    public static void Write(Utf8JsonWriter writer, Certificate certificate) => JsonSerializer.Serialize(writer, Certificate(certificate), DocumentJsonContext.Default.CertificateDto);

    /// <summary>Writes a training in the candidate document's shape.</summary>
    public static void Write(Utf8JsonWriter writer, TrainingRecord training) => JsonSerializer.Serialize(writer, Training(training), DocumentJsonContext.Default.TrainingDto);

    /// <summary>Writes an education in the candidate document's shape.</summary>
    public static void Write(Utf8JsonWriter writer, EducationRecord education) => JsonSerializer.Serialize(writer, Education(education), DocumentJsonContext.Default.EducationDto);

    /// <summary>Writes a school record in the candidate document's shape.</summary>
    public static void Write(Utf8JsonWriter writer, SchoolRecord school) => JsonSerializer.Serialize(writer, School(school), DocumentJsonContext.Default.SchoolDto);

    /// <summary>A group as a list: written when known, or when it holds entries; left out (not given, so not known) otherwise.</summary>
    private static List<TDto?>? Given<TModel, TDto>(CandidateProfile profile, CandidateFacts group, ImmutableArray<TModel> items, Func<TModel, TDto> write)
        where TDto : class
        => profile.Knows(group) || !items.IsEmpty ? [.. items.Select(write)] : null;

    /// <summary>The groups not known although written: lists that may be incomplete, and an education marked unknown.</summary>
    private static List<string?>? Unknown(CandidateProfile profile)
    {
        var names = NameTables.CandidateFacts
            .Where(f => !profile.Knows(f.Value) && Written(profile, f.Value))
            .Select(f => (string?)f.Name)
            .ToList();
        return names.Count == 0 ? null : names;
    }

    private static bool Written(CandidateProfile profile, CandidateFacts group) => group switch
    {
        CandidateFacts.Education => profile.Education is not null,
        CandidateFacts.Schooling => !profile.Schooling.IsEmpty,
        CandidateFacts.Certificates => !profile.Certificates.IsEmpty,
        CandidateFacts.Trainings => !profile.Trainings.IsEmpty,
        _ => !profile.WorkHistory.IsEmpty,
    };
}
