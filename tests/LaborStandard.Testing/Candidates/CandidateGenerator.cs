using System.Collections.Immutable;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Testing.Candidates;

/// <summary>
/// Makes candidate profiles for screening, deterministically from a seed: the same seed gives the same candidates on
/// every run, so the benchmarks and the agreement tests see the same district.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ProfileShape.Typical"/>: 1–3 periods of work (mostly this occupation, some related or other), 0–1
/// certificate, 0–1 preparatory training, now and then a school record, education known for most and a few groups of
/// facts unknown. <see cref="ProfileShape.Heavy"/>: 20 periods (abutting, overlapping and with gaps), 3–5 certificates,
/// 1–3 trainings, 0–2 school records. <see cref="ProfileShape.Edge"/>: dates placed on the boundaries of the rules
/// (a day before, on, and a day after each anniversary, graduation window and certificate date) and as-of dates on
/// 28 February, 29 February and 1 March.
/// </para>
/// <para>As-of dates vary over 2024–2028. Not thread-safe: one generator per thread.</para>
/// </remarks>
public sealed class CandidateGenerator(int seed = CandidateGenerator.DefaultSeed)
{
    /// <summary>The seed the benchmarks and the tests use.</summary>
    public const int DefaultSeed = 20261129;

    /// <summary>An occupation the screening policy counts as related (相关职业) to 3-01-01-02.</summary>
    public const string RelatedOccupation = "4-07-01-00";

    /// <summary>An occupation that counts for nothing.</summary>
    public const string OtherOccupation = "2-02-01-00";

    private static readonly DateOnly FirstAsOf = new(2024, 1, 1);
    private static readonly DateOnly LastAsOf = new(2028, 12, 31);
    private static readonly DateOnly[] LeapBoundaries = [new(2024, 2, 28), new(2024, 2, 29), new(2024, 3, 1), new(2025, 2, 28), new(2025, 3, 1), new(2028, 2, 28), new(2028, 2, 29), new(2028, 3, 1), new(2027, 12, 31)];

    private readonly Random _random = new(seed);

    /// <summary>Gets the occupation of the shipped standard.</summary>
    public static string ThisOccupation => Standards.EmbeddedOccupationCode;

    /// <summary>Gets the screening policy the candidates are made for: <see cref="RelatedOccupation"/> is related, no gap is tolerated.</summary>
    public static EligibilityOptions Options { get; } = new([RelatedOccupation]);

    /// <summary>Makes candidates of one shape.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="count">How many.</param>
    /// <returns>The candidates, each with its as-of date.</returns>
    public ScreeningCase[] Cases(ProfileShape shape, int count)
    {
        var cases = new ScreeningCase[count];
        for (var i = 0; i < count; i++)
        {
            cases[i] = Next(shape, i);
        }

        return cases;
    }

    /// <summary>Makes one candidate.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="index">A number carried into the candidate's identifier.</param>
    /// <returns>The candidate and its as-of date.</returns>
    public ScreeningCase Next(ProfileShape shape, int index = 0)
    {
        var edge = shape == ProfileShape.Edge;
        var asOf = edge && _random.Next(3) == 0 ? LeapBoundaries[_random.Next(LeapBoundaries.Length)] : Day(FirstAsOf, LastAsOf);
        var heavy = shape == ProfileShape.Heavy;
        var candidate = new CandidateProfile(
            education: Education(asOf, edge, out var educationUnknown),
            schooling: Schooling(asOf, edge, heavy ? _random.Next(3) : Chance(0.15) ? 1 : 0),
            certificates: Certificates(asOf, edge, heavy ? 3 + _random.Next(3) : Chance(0.4) ? 1 : 0),
            trainings: Trainings(asOf, edge, heavy ? 1 + _random.Next(3) : Chance(0.3) ? 1 : 0),
            workHistory: Work(asOf, edge, heavy ? 20 : 1 + _random.Next(3)),
            unknownFacts: UnknownFacts(educationUnknown),
            id: $"{shape}-{index}");
        return new ScreeningCase(candidate, asOf);
    }

    private EducationRecord? Education(DateOnly asOf, bool edge, out bool unknown)
    {
        unknown = Chance(0.05);
        if (unknown)
        {
            return null;
        }

        var roll = _random.NextDouble();
        var level = roll switch
        {
            < 0.10 => EducationLevel.JuniorMiddleSchool,
            < 0.45 => EducationLevel.SeniorSecondary,
            < 0.75 => EducationLevel.JuniorCollege,
            < 0.95 => EducationLevel.Bachelor,
            < 0.99 => EducationLevel.Master,
            _ => EducationLevel.Doctorate,
        };
        DateOnly? obtained = edge ? asOf.AddDays(_random.Next(-1, 2)) : Chance(0.3) ? asOf.AddDays(-_random.Next(-365, 15 * 365)) : null;
        return new EducationRecord(level, Chance(0.1), obtained);
    }

    private ImmutableArray<SchoolRecord> Schooling(DateOnly asOf, bool edge, int count)
    {
        var schools = ImmutableArray.CreateBuilder<SchoolRecord>(count);
        for (var i = 0; i < count; i++)
        {
            if (Chance(0.6))
            {
                // A student: the graduation school year is the twelve months that end on the graduation date.
                var graduation = edge ? (Chance(0.5) ? asOf : asOf.AddYears(1)).AddDays(_random.Next(-1, 2)) : asOf.AddDays(_random.Next(-100, 500));
                var kind = Chance(0.5) ? SchoolKind.TechnicalSchool : SchoolKind.VocationalSchool;
                schools.Add(new SchoolRecord(kind, SchoolProgramme.Regular, graduation, hasGraduated: graduation < asOf && Chance(0.5)));
            }
            else
            {
                var graduation = edge ? asOf.AddDays(_random.Next(-1, 2)) : asOf.AddDays(-_random.Next(-200, 2000));
                var kind = Chance(0.85) ? SchoolKind.TechnicalSchool : SchoolKind.VocationalSchool;
                schools.Add(new SchoolRecord(kind, SchoolProgramme.TechnicianClass, graduation, hasGraduated: graduation <= asOf || Chance(0.2)));
            }
        }

        return schools.MoveToImmutable();
    }

    private ImmutableArray<Certificate> Certificates(DateOnly asOf, bool edge, int count)
    {
        var certificates = ImmutableArray.CreateBuilder<Certificate>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = _random.NextDouble();
            var (occupation, level, kind) = roll switch
            {
                < 0.60 => (ThisOccupation, SkillLevel.Level4, CertificateKind.VocationalQualification),
                < 0.75 => (ThisOccupation, SkillLevel.Level4, CertificateKind.SkillLevel),
                < 0.85 => (ThisOccupation, SkillLevel.Level3, CertificateKind.VocationalQualification),
                _ => (Chance(0.5) ? RelatedOccupation : OtherOccupation, SkillLevel.Level4, CertificateKind.VocationalQualification),
            };
            var issued = edge ? asOf.AddYears(-_random.Next(0, 3)).AddDays(_random.Next(0, 3)) : asOf.AddDays(-_random.Next(-200, 3000));
            certificates.Add(new Certificate(occupation, level, kind, issued));
        }

        return certificates.MoveToImmutable();
    }

    private ImmutableArray<TrainingRecord> Trainings(DateOnly asOf, bool edge, int count)
    {
        var trainings = ImmutableArray.CreateBuilder<TrainingRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var level = Chance(0.6) ? SkillLevel.Level4 : SkillLevel.Level3;
            decimal hours = _random.Next(5) switch
            {
                0 => 80m,
                1 => 100m,
                2 => 99.5m,
                _ => _random.Next(60, 131),
            };
            DateOnly? certificate = Chance(0.15) ? null : edge ? asOf.AddDays(_random.Next(-1, 2)) : asOf.AddDays(-_random.Next(-100, 1500));
            trainings.Add(new TrainingRecord(Chance(0.9) ? ThisOccupation : OtherOccupation, level, hours, certificate));
        }

        return trainings.MoveToImmutable();
    }

    private ImmutableArray<WorkPeriod> Work(DateOnly asOf, bool edge, int count)
    {
        var periods = new WorkPeriod[count];
        var start = edge
            ? asOf.AddYears(-(1 + _random.Next(2))).AddDays(_random.Next(0, 3))
            : asOf.AddDays(-_random.Next(0, 12 * 365));
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            DateOnly? end = last && Chance(0.6) ? null : start.AddDays(_random.Next(30, count > 3 ? 400 : 1500));
            var occupation = _random.NextDouble() switch
            {
                < 0.70 => ThisOccupation,
                < 0.85 => RelatedOccupation,
                _ => OtherOccupation,
            };
            periods[i] = new WorkPeriod(occupation, start, end);
            var to = end ?? asOf;
            start = _random.Next(10) switch
            {
                < 3 => to.AddDays(1), // abutting
                < 5 => to.AddDays(-_random.Next(1, 60)), // overlapping
                _ => to.AddDays(1 + _random.Next(1, 400)), // a gap
            };
        }

        // Histories are not always given in order.
        if (Chance(0.3))
        {
            _random.Shuffle(periods);
        }

        return [.. periods];
    }

    private CandidateFacts UnknownFacts(bool educationUnknown)
    {
        if (!Chance(0.03))
        {
            return CandidateFacts.None;
        }

        CandidateFacts[] groups = [CandidateFacts.Schooling, CandidateFacts.Certificates, CandidateFacts.Trainings, CandidateFacts.WorkHistory];
        var unknown = groups[_random.Next(groups.Length)];
        return educationUnknown ? unknown | CandidateFacts.Education : unknown;
    }

    private DateOnly Day(DateOnly first, DateOnly last) => DateOnly.FromDayNumber(first.DayNumber + _random.Next(last.DayNumber - first.DayNumber + 1));

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
