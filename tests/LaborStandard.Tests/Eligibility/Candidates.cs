using System.Globalization;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Tests.Eligibility;

/// <summary>Short ways to write candidate profiles in tables of cases.</summary>
public static class Candidates
{
    public const string This = "3-01-01-02";
    public const string Other = "4-07-01-00";

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static WorkPeriod Work(string from, string? to = null, string occupation = This) => new(occupation, D(from), to is null ? null : D(to));

    public static Certificate Cert(int level, string issued, CertificateKind kind = CertificateKind.VocationalQualification, string occupation = This)
        => new(occupation, SkillLevel.FromRank(level), kind, D(issued));

    public static TrainingRecord Training(int level, decimal hours, string? certificate, string occupation = This)
        => new(occupation, SkillLevel.FromRank(level), hours, certificate is null ? null : D(certificate));

    public static SchoolRecord Student(string expectedGraduation, SchoolKind kind = SchoolKind.TechnicalSchool)
        => new(kind, SchoolProgramme.Regular, D(expectedGraduation), hasGraduated: false);

    public static SchoolRecord TechnicianClass(string graduated, bool hasGraduated = true)
        => new(SchoolKind.TechnicalSchool, SchoolProgramme.TechnicianClass, D(graduated), hasGraduated);

    public static EducationRecord Education(EducationLevel level, bool equivalent = false, string? obtained = null)
        => new(level, equivalent, obtained is null ? null : D(obtained));

    /// <summary>A profile whose education is known (senior secondary) unless given, and whose lists are known.</summary>
    public static CandidateProfile Profile(
        EducationRecord? education = null,
        IEnumerable<WorkPeriod>? work = null,
        IEnumerable<Certificate>? certificates = null,
        IEnumerable<TrainingRecord>? trainings = null,
        IEnumerable<SchoolRecord>? schooling = null,
        CandidateFacts unknown = CandidateFacts.None,
        bool educationUnknown = false)
        => new(
            educationUnknown ? null : education ?? Education(EducationLevel.SeniorSecondary),
            schooling: [.. schooling ?? []],
            certificates: [.. certificates ?? []],
            trainings: [.. trainings ?? []],
            workHistory: [.. work ?? []],
            unknownFacts: unknown);
}
