using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Testing.Comparison;

/// <summary>
/// The 四级 and 三级 conditions of 1.9.1 written by hand, as a team would without a rule engine: plain loops over the raw
/// records of a profile and if/else, no rule objects, no explanation. It is the practical limit the engine is measured
/// against.
/// </summary>
/// <remarks>
/// <para>
/// Same semantics as the engine: periods are inclusive and ongoing work counts through the as-of date; overlapping or
/// abutting periods join into one run, and so do periods apart by no more than the gap tolerance (its days served only
/// if the options count them); N full years from S are complete on the day before S's N-th anniversary (29
/// February → 1 March); service after a certificate counts from its issue date; training hours from 1.8 with a
/// completion certificate dated by the as-of date; the graduation school year is the twelve months ending on the
/// graduation date; a technician-class graduation counts from its date; education from 大专 for 四级（4）, from 本科 for
/// 三级（4）, equivalent attainment included; an unknown group of facts makes the verdict indeterminate unless the
/// known facts decide it.
/// </para>
/// <para>The figures of the rules are written in, as a hand-written version would; the training hours are read from the standard. Immutable and thread-safe.</para>
/// </remarks>
[SkipLocalsInit] // the stack buffer of work periods is written before it is read
public sealed class HandWrittenScreening
{
    // 1.9.1 四级（2）: 连续工作两年以上.
    private const int Level4Years = 2;

    // 1.9.1 三级（1）: 取得四级证书后连续从事本职业一年以上; 三级（2）: 二年以上.
    private const int Level3YearsWithTraining = 1;
    private const int Level3YearsAfterCertificate = 2;

    // 1.9.1 三级（3）（4）: 连续从事相关职业一年以上.
    private const int Level3RelatedYears = 1;

    private const int DaysInCommonYear = 365;
    private const int Never = int.MaxValue;
    private const int StackLimit = 32;

    private readonly string _own;
    private readonly FrozenSet<string> _related;
    private readonly decimal _level4Hours;
    private readonly decimal _level3Hours;
    private readonly int _gapToleranceDays;
    private readonly bool _countBridgedDays;

    /// <summary>Creates the screening.</summary>
    /// <param name="standard">The standard: its occupation and its training hours (1.8).</param>
    /// <param name="options">Related occupations and gap tolerance, as the engine takes them.</param>
    public HandWrittenScreening(OccupationalStandard standard, EligibilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(options);
        _own = standard.Edition.OccupationCode;
        _related = options.RelatedOccupations;
        _level4Hours = standard.GetLevel(SkillLevel.Level4).TrainingHours;
        _level3Hours = standard.GetLevel(SkillLevel.Level3).TrainingHours;
        _gapToleranceDays = options.GapToleranceDays;
        _countBridgedDays = options.CountBridgedDays;
    }

    /// <summary>Decides 四级 and 三级 for a candidate as of a date.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The verdicts.</returns>
    public TwoLevelVerdicts Check(CandidateProfile candidate, DateOnly asOf) => Decide(Facts(candidate, asOf));

    /// <summary>Decides 四级 and 三级 on facts already computed.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdicts.</returns>
    public static TwoLevelVerdicts Decide(in ScreeningFacts facts)
    {
        var level4 = Level4Holds(facts);
        var level3 = Level3Holds(facts);
        if ((level4 && level3) || facts.Unknown == CandidateFacts.None)
        {
            return new TwoLevelVerdicts(level4 ? Verdict.Eligible : Verdict.NotEligible, level3 ? Verdict.Eligible : Verdict.NotEligible);
        }

        var hopeful = facts.AssumingUnknownsHold();
        return new TwoLevelVerdicts(
            level4 ? Verdict.Eligible : Level4Holds(hopeful) ? Verdict.Indeterminate : Verdict.NotEligible,
            level3 ? Verdict.Eligible : Level3Holds(hopeful) ? Verdict.Indeterminate : Verdict.NotEligible);
    }

    /// <summary>Computes the facts of a candidate as of a date from the raw records, with loops.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The facts.</returns>
    public ScreeningFacts Facts(CandidateProfile candidate, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var day = asOf.DayNumber;

        // The earliest 四级 职业资格证书 of this occupation, whatever its date: service after it counts from it.
        var certificateDay = Never;
        foreach (var certificate in candidate.Certificates)
        {
            if (certificate.Level == SkillLevel.Level4
                && certificate.Kind == CertificateKind.VocationalQualification
                && string.Equals(certificate.OccupationCode, _own, StringComparison.Ordinal)
                && certificate.IssuedOn.DayNumber < certificateDay)
            {
                certificateDay = certificate.IssuedOn.DayNumber;
            }
        }

        bool trainingL4 = false, trainingL3 = false;
        foreach (var training in candidate.Trainings)
        {
            if (training.CompletionCertificateOn is { } completed
                && completed.DayNumber <= day
                && string.Equals(training.OccupationCode, _own, StringComparison.Ordinal))
            {
                if (training.Level == SkillLevel.Level4 && training.HoursCompleted >= _level4Hours)
                {
                    trainingL4 = true;
                }
                else if (training.Level == SkillLevel.Level3 && training.HoursCompleted >= _level3Hours)
                {
                    trainingL3 = true;
                }
            }
        }

        bool student = false, technician = false;
        foreach (var school in candidate.Schooling)
        {
            var graduation = school.GraduationDate.DayNumber;
            if (graduation >= day && school.GraduationDate.AddYears(-1).AddDays(1).DayNumber <= day)
            {
                student = true; // 技工院校（职业院校）: either kind of school
            }

            if (school.Kind == SchoolKind.TechnicalSchool && school.Programme == SchoolProgramme.TechnicianClass && graduation <= day)
            {
                technician = true;
            }
        }

        var education = 0;
        if (candidate.Education is { } record && (record.ObtainedOn is not { } obtained || obtained.DayNumber <= day))
        {
            education = (int)record.Level; // equivalent attainment counts for both levels
        }

        // Work of this or a related occupation, as day numbers, sorted by start then end.
        var count = candidate.WorkHistory.Length;
        var spans = count <= StackLimit ? stackalloc Span3[StackLimit] : new Span3[count];
        var n = 0;
        foreach (var period in candidate.WorkHistory)
        {
            var own = string.Equals(period.OccupationCode, _own, StringComparison.Ordinal);
            if (own || _related.Contains(period.OccupationCode))
            {
                var span = new Span3(period.From.DayNumber, period.To?.DayNumber ?? Never, own);
                var at = n++;
                while (at > 0 && span.SortsBefore(spans[at - 1]))
                {
                    spans[at] = spans[at - 1];
                    at--;
                }

                spans[at] = span;
            }
        }

        spans = spans[..n];
        return new ScreeningFacts
        {
            TrainingL4Ok = trainingL4,
            TrainingL3Ok = trainingL3,
            ContinuousYearsThisOccupation = LongestRun(spans, ownOnly: true, int.MinValue, day),
            ContinuousYearsRelated = LongestRun(spans, ownOnly: false, int.MinValue, day),
            HasLevel4VqCertificate = certificateDay <= day,
            YearsAfterCertificate = certificateDay == Never ? 0 : LongestRun(spans, ownOnly: true, certificateDay, day),
            IsGraduationYearStudent = student,
            IsTechnicianGraduate = technician,
            EducationRank = education,
            Unknown = candidate.UnknownFacts,
        };
    }

    private static bool Level4Holds(in ScreeningFacts f)
        => f.TrainingL4Ok
           || f.ContinuousYearsThisOccupation >= Level4Years
           || f.IsGraduationYearStudent
           || f.EducationRank >= (int)EducationLevel.JuniorCollege;

    private static bool Level3Holds(in ScreeningFacts f)
        => (f.HasLevel4VqCertificate && f.YearsAfterCertificate >= Level3YearsWithTraining && f.TrainingL3Ok)
           || (f.HasLevel4VqCertificate && f.YearsAfterCertificate >= Level3YearsAfterCertificate)
           || (f.IsTechnicianGraduate && f.ContinuousYearsRelated >= Level3RelatedYears)
           || (f.EducationRank >= (int)EducationLevel.Bachelor && f.ContinuousYearsRelated >= Level3RelatedYears);

    /// <summary>
    /// The full years of the longest continuous run as of the date, counting from <paramref name="from"/> on; the days of
    /// a bridged gap up to the date are taken off the run unless they count as service.
    /// </summary>
    private int LongestRun(ReadOnlySpan<Span3> spans, bool ownOnly, int from, int asOf)
    {
        var best = 0;
        int start = 0, end = 0, bridged = 0;
        var open = false;
        foreach (var span in spans)
        {
            if (ownOnly && !span.Own)
            {
                continue;
            }

            var first = Math.Max(span.From, from);
            if (span.To < first)
            {
                continue;
            }

            if (open && (end == Never || (long)first <= (long)end + 1 + _gapToleranceDays))
            {
                if (!_countBridgedDays && first > end + 1 && end < asOf)
                {
                    bridged += Math.Min(first - 1, asOf) - end;
                }

                end = Math.Max(end, span.To);
                continue;
            }

            if (open)
            {
                best = Math.Max(best, FullYears(start, Math.Min(end, asOf) - bridged));
            }

            (start, end, open, bridged) = (first, span.To, true, 0);
        }

        return open ? Math.Max(best, FullYears(start, Math.Min(end, asOf) - bridged)) : best;
    }

    /// <summary>Full years from the first day through the last, both inclusive: N years are complete on the day before the N-th anniversary.</summary>
    private static int FullYears(int first, int last)
    {
        if (last - first + 1 < DaysInCommonYear)
        {
            return 0;
        }

        DateOnly.FromDayNumber(first).Deconstruct(out var startYear, out var startMonth, out var startDay);
        DateOnly.FromDayNumber(last + 1).Deconstruct(out var year, out var month, out var day);

        // The anniversary of 29 February is 1 March in a common year.
        if (startMonth == 2 && startDay == 29 && !DateTime.IsLeapYear(year))
        {
            (startMonth, startDay) = (3, 1);
        }

        var years = year - startYear;
        return month < startMonth || (month == startMonth && day < startDay) ? years - 1 : years;
    }

    /// <summary>A period of counted work as day numbers.</summary>
    private readonly record struct Span3(int From, int To, bool Own)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool SortsBefore(Span3 other) => From < other.From || (From == other.From && To < other.To);
    }
}
