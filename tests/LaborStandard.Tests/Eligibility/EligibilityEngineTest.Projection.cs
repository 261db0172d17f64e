using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>The earliest date on which a candidate becomes eligible if nothing else changes.</summary>
public partial class EligibilityEngineTest
{
    private static readonly Dictionary<string, (CandidateProfile Profile, SkillLevel Level, string? Earliest)> Projections = new()
    {
        ["ongoing work reaches two years"] = (Profile(work: [Work("2025-08-15")]), SkillLevel.Level4, "2027-08-14"),
        ["ongoing work reaches two years across a leap day"] = (Profile(work: [Work("2026-03-01")]), SkillLevel.Level4, "2028-02-29"),
        ["ended work never grows"] = (Profile(work: [Work("2025-01-01", "2025-12-31")]), SkillLevel.Level4, null),
        ["work recorded to end before two years never gets there"] = (Profile(work: [Work("2025-08-15", "2027-08-13")]), SkillLevel.Level4, null),
        ["work recorded to end on the completion day gets there"] = (Profile(work: [Work("2025-08-15", "2027-08-14")]), SkillLevel.Level4, "2027-08-14"),
        ["the graduation school year begins"] = (Profile(schooling: [Student("2028-06-30")]), SkillLevel.Level4, "2027-07-01"),
        ["a degree obtained later takes effect"] = (Profile(Education(EducationLevel.JuniorCollege, obtained: "2027-07-01")), SkillLevel.Level4, "2027-07-01"),
        ["a training certificate dated later takes effect"] = (Profile(trainings: [Training(4, 100, "2026-12-15")]), SkillLevel.Level4, "2026-12-15"),
        ["training one hour short never counts by time"] = (Profile(trainings: [Training(4, 99, "2026-06-30")]), SkillLevel.Level4, null),
        ["two years after a certificate"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2025-06-15")]), SkillLevel.Level3, "2027-06-14"),
        ["one year after a certificate, but the training is missing"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2026-06-15")]), SkillLevel.Level3, "2028-06-14"),
        ["one year after a certificate with the training in hand"] = (Profile(work: [Work("2020-01-01")], certificates: [Cert(4, "2026-06-15")], trainings: [Training(3, 80, "2026-09-01")]), SkillLevel.Level3, "2027-06-14"),
        ["a technician class graduate graduates, then one year of work"] = (Profile(work: [Work("2026-09-01")], schooling: [TechnicianClass("2027-06-30", hasGraduated: false)]), SkillLevel.Level3, "2027-08-31"),
        ["the later of the two parts of an all-of"] = (Profile(Education(EducationLevel.Bachelor, obtained: "2028-01-01"), work: [Work("2026-09-01")]), SkillLevel.Level3, "2028-01-01"),
        ["already eligible"] = (Profile(work: [Work("2020-01-01")]), SkillLevel.Level4, "2026-11-29"),
        ["nothing will change"] = (Profile(), SkillLevel.Level4, null),
    };

    public static TheoryData<string> ProjectionNames => [.. Projections.Keys];

    [Theory]
    [MemberData(nameof(ProjectionNames))]
    public void The_earliest_eligible_date_is_projected(string name)
    {
        var (profile, level, earliest) = Projections[name];

        var decision = Engine.Evaluate(profile, level, AsOf);

        decision.EarliestEligibleOn.Should().Be(earliest is null ? null : D(earliest), decision.Explain());
    }

    [Theory]
    [MemberData(nameof(ProjectionNames))]
    public void On_the_projected_date_the_candidate_is_eligible_and_the_day_before_not(string name)
    {
        var (profile, level, _) = Projections[name];
        var projected = Engine.Evaluate(profile, level, AsOf).EarliestEligibleOn;
        if (projected is not { } on)
        {
            return;
        }

        Engine.Check(profile, level, on).Should().Be(Verdict.Eligible);
        Engine.Evaluate(profile, level, on).EarliestEligibleOn.Should().Be(on, "the projection made on the day is the day itself");
        if (on > AsOf)
        {
            Engine.Check(profile, level, on.AddDays(-1)).Should().Be(Verdict.NotEligible);
        }
    }

    [Fact]
    public void The_graduation_school_year_holds_only_until_the_graduation_date()
    {
        var profile = Profile(schooling: [Student("2027-06-30")]);
        var result = Engine.Evaluate(profile, SkillLevel.Level4, AsOf).Alternatives[2];

        result.Holds.Should().BeTrue();
        result.HoldsUntil.Should().Be(D("2027-06-30"));
        Engine.Check(profile, SkillLevel.Level4, D("2027-06-30")).Should().Be(Verdict.Eligible);
        Engine.Check(profile, SkillLevel.Level4, D("2027-07-01")).Should().Be(Verdict.NotEligible);
    }

    [Fact]
    public void The_summary_names_the_projected_date()
    {
        var decision = Engine.Evaluate(Profile(work: [Work("2025-08-15")]), SkillLevel.Level4, AsOf);

        decision.Summary.Chinese.Should().Contain("自 2027-08-14 起可以申报");
        decision.Summary.English.Should().Contain("eligible from 2027-08-14");
    }
}
