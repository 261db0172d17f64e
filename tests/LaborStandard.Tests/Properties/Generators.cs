using System.Collections.Immutable;
using CsCheck;
using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Tests.Properties;

/// <summary>CsCheck generators of the library's values: candidates, rule trees and small standards that are valid by construction.</summary>
public static class Generators
{
    public const string This = "3-01-01-02";

    private static readonly DateOnly Epoch = new(2012, 1, 1);

    /// <summary>Dates from 2012 to 2030, with leap days and month ends well represented.</summary>
    public static readonly Gen<DateOnly> Date = Gen.Frequency(
        (8, Gen.Int[0, 6940].Select(d => Epoch.AddDays(d))),
        (1, Gen.Int[2012, 2030].Where(y => DateTime.IsLeapYear(y)).Select(y => new DateOnly(y, 2, 29))),
        (1, Gen.Select(Gen.Int[2012, 2030], Gen.Int[1, 12], (y, m) => new DateOnly(y, m, DateTime.DaysInMonth(y, m)))));

    public static readonly Gen<string> Occupation = Gen.Frequency((6, Gen.Const(This)), (2, Gen.Const("4-07-01-00")), (1, Gen.Const("2-02-10-01")));

    public static readonly Gen<SkillLevel> Level = Gen.Int[3, 5].Select(SkillLevel.FromRank);

    public static readonly Gen<WorkPeriod> Work = Gen.Select(Occupation, Date, Gen.Int[0, 1500], Gen.Bool, (occupation, from, days, ongoing) =>
        new WorkPeriod(occupation, from, ongoing ? null : from.AddDays(days)));

    public static readonly Gen<Certificate> Certificate = Gen.Select(Occupation, Level, Gen.Enum<CertificateKind>(), Date, (o, l, k, d) => new Certificate(o, l, k, d));

    public static readonly Gen<TrainingRecord> Training = Gen.Select(Occupation, Level, Gen.Int[60, 130], Gen.Bool, Date, (o, l, h, withCertificate, d) =>
        new TrainingRecord(o, l, h, withCertificate ? d : null));

    public static readonly Gen<SchoolRecord> School = Gen.Select(Gen.Enum<SchoolKind>(), Gen.Enum<SchoolProgramme>(), Date, Gen.Bool, (k, p, d, g) => new SchoolRecord(k, p, d, g));

    public static readonly Gen<EducationRecord?> Education = Gen.Frequency(
        (1, Gen.Const((EducationRecord?)null)),
        (6, Gen.Select(Gen.Enum<EducationLevel>(), Gen.Bool, Gen.Int[0, 4], Date, (l, e, dated, d) => (EducationRecord?)new EducationRecord(l, e, dated == 0 ? d : null))));

    public static readonly Gen<CandidateFacts> Unknown = Gen.Frequency(
        (6, Gen.Const(CandidateFacts.None)),
        (1, Gen.Enum<CandidateFacts>().Where(f => f is not CandidateFacts.None and not CandidateFacts.All)));

    /// <summary>Candidates with up to six work periods, some certificates, trainings and schools.</summary>
    public static readonly Gen<CandidateProfile> Candidate = Gen.Select(
        Education,
        School.Array[0, 2],
        Certificate.Array[0, 3],
        Training.Array[0, 2],
        Work.Array[0, 6],
        Unknown,
        Gen.Int[0, 999],
        (education, schools, certificates, trainings, work, unknown, id) =>
            new CandidateProfile(education, [.. schools], [.. certificates], [.. trainings], [.. work], unknown, id % 3 == 0 ? null : "C-" + id));

    /// <summary>
    /// Candidates whose verdicts only grow with time: all work ongoing and no school enrolment (every enrolment, technician
    /// classes included, has a graduation school year that ends).
    /// </summary>
    public static readonly Gen<CandidateProfile> GrowingCandidate = Gen.Select(
        Education,
        Certificate.Array[0, 3],
        Training.Array[0, 2],
        Gen.Select(Occupation, Date, (o, d) => new WorkPeriod(o, d)).Array[0, 4],
        (education, certificates, trainings, work) => new CandidateProfile(education, [], [.. certificates], [.. trainings], [.. work]));

    public static readonly Gen<LocalizedText> Text = Gen.Select(
        Gen.Char["一二三四五六七八九十职业技能标准工作要求"].Array[1, 12].Select(c => new string(c)),
        Gen.Char["abcdefghij klmnop"].Array[1, 20].Select(c => new string(c)).Where(s => !string.IsNullOrWhiteSpace(s)),
        (zh, en) => new LocalizedText(zh, en));

    private static readonly Gen<CertificateSpec> Spec = Gen.Select(
        Gen.Int[3, 4].Select(SkillLevel.FromRank),
        Gen.Enum<CertificateKind>().Array[1, 2].Select(k => k.Distinct().ToImmutableArray()),
        Gen.Enum<OccupationScope>(),
        (level, kinds, scope) => new CertificateSpec(level, kinds, scope));

    /// <summary>Rule trees of the whole predicate language, up to three levels deep, valid against the shipped standard.</summary>
    public static readonly Gen<Condition> Condition = ConditionOfDepth(3);

    public static readonly Gen<EligibilityRules> Rules = Gen.Select(Condition, Condition, Gen.Bool, (four, three, both) =>
        new EligibilityRules(This, both ? [new LevelRule(SkillLevel.Level4, four), new LevelRule(SkillLevel.Level3, three)] : [new LevelRule(SkillLevel.Level3, three)]));

    private static Gen<Condition> ConditionOfDepth(int depth)
    {
        var leaf = Gen.OneOf<Condition>(
            Gen.Select(Text, Spec, (t, s) => (Condition)new CertificateCondition("1.9.1", "项", t, s)),
            Gen.Select(Text, Gen.Int[1, 5], Gen.Enum<OccupationScope>(), Spec.Null(), Gen.Bool, (t, y, o, from, continuous) =>
                continuous ? (Condition)new ContinuousServiceCondition("1.9.1", "项", t, y, o, from) : new CumulativeServiceCondition("1.9.1", "项", t, y, o, from)),
            Gen.Select(Text, Gen.Int[3, 4], Gen.Int[0, 120], (t, l, h) => (Condition)new PreparatoryTrainingCondition("1.9.1", "项", t, SkillLevel.FromRank(l), h == 0 ? null : h)),
            Gen.Select(Text, Gen.Enum<EducationLevel>(), Gen.Bool, (t, m, e) => (Condition)new EducationCondition("1.9.1", "项", t, m, e)),
            Gen.Select(Text, Gen.Enum<SchoolKind>().Array[1, 2].Select(k => k.Distinct().ToImmutableArray()), Gen.Bool, (t, s, student) =>
                student ? (Condition)new GraduationYearStudentCondition("1.9.1", "项", t, s) : new TechnicianClassGraduateCondition("1.9.1", "项", t, s)));
        if (depth <= 1)
        {
            return leaf;
        }

        var child = ConditionOfDepth(depth - 1);
        return Gen.Frequency(
            (2, leaf),
            (1, Gen.Select(Text, child.Array[1, 4], Gen.Bool, (t, children, any) =>
                any ? (Condition)new AnyOfCondition("1.9.1", "项", t, [.. children]) : new AllOfCondition("1.9.1", "项", t, [.. children]))));
    }
}
