using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Tests.Support;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>The candidate profile: equal by value in every part, readable in logs, and refused with the member named when a list holds a null.</summary>
public class CandidateProfileTest
{
    private static CandidateProfile Full(string? id = "A-17", CandidateFacts unknown = CandidateFacts.None)
        => new(
            Education(EducationLevel.Bachelor),
            schooling: [TechnicianClass("2020-07-01")],
            certificates: [Cert(4, "2021-06-30")],
            trainings: [Training(3, 80, "2022-12-20")],
            workHistory: [Work("2021-07-01")],
            unknownFacts: unknown,
            id: id);

    [Fact]
    public void Profiles_are_equal_only_when_every_part_is()
    {
        var profile = Full();

        EqualityContract.Holds(
            profile,
            Full(),
            new CandidateProfile(Education(EducationLevel.Master), profile.Schooling, profile.Certificates, profile.Trainings, profile.WorkHistory, id: "A-17"),
            new CandidateProfile(profile.Education, [], profile.Certificates, profile.Trainings, profile.WorkHistory, id: "A-17"),
            new CandidateProfile(profile.Education, profile.Schooling, [], profile.Trainings, profile.WorkHistory, id: "A-17"),
            new CandidateProfile(profile.Education, profile.Schooling, profile.Certificates, [], profile.WorkHistory, id: "A-17"),
            new CandidateProfile(profile.Education, profile.Schooling, profile.Certificates, profile.Trainings, [], id: "A-17"),
            Full(unknown: CandidateFacts.Trainings),
            Full(id: "A-18"),
            Full(id: null),
            new CandidateProfile(profile.Education, profile.Schooling, profile.Certificates, profile.Trainings, profile.WorkHistory, id: "A-17", relatedOccupations: []),
            new CandidateProfile(profile.Education, profile.Schooling, profile.Certificates, profile.Trainings, profile.WorkHistory, id: "A-17", relatedOccupations: ["4-07-01-00"]));
    }

    [Fact]
    public void Related_occupations_not_given_differ_from_none_given()
    {
        var notGiven = Full();
        var none = new CandidateProfile(notGiven.Education, notGiven.Schooling, notGiven.Certificates, notGiven.Trainings, notGiven.WorkHistory, id: "A-17", relatedOccupations: []);
        var one = new CandidateProfile(notGiven.Education, notGiven.Schooling, notGiven.Certificates, notGiven.Trainings, notGiven.WorkHistory, id: "A-17", relatedOccupations: ["4-07-01-00"]);

        notGiven.RelatedOccupationsGiven.Should().BeFalse();
        notGiven.RelatedOccupations.Should().BeEmpty();
        none.RelatedOccupationsGiven.Should().BeTrue();
        none.RelatedOccupations.Should().BeEmpty();
        one.RelatedOccupations.Should().Equal("4-07-01-00");
        one.ToString().Should().EndWith(", related: [4-07-01-00]");
    }

    [Fact]
    public void A_malformed_related_occupation_is_refused_by_its_index()
    {
        var act = () => new CandidateProfile(relatedOccupations: ["4-07-01-00", "40701"]);

        act.Should().Throw<ModelRuleException>().Which.Should().Match<ModelRuleException>(e => e.Member == "relatedOccupations[1]" && e.Rule == StandardRules.CodeFormat);
    }

    [Fact]
    public void A_profile_reads_as_its_identifier_and_what_it_holds()
    {
        Full().ToString().Should().Be("candidate A-17: Bachelor, 1 school(s), 1 certificate(s), 1 training(s), 1 work period(s)");
        new CandidateProfile(id: null).ToString().Should().Be("candidate: education unknown, 0 school(s), 0 certificate(s), 0 training(s), 0 work period(s), unknown: All");
        Full(unknown: CandidateFacts.WorkHistory | CandidateFacts.Trainings).ToString().Should().EndWith(", unknown: Trainings, WorkHistory");
    }

    [Theory]
    [InlineData("schooling")]
    [InlineData("certificates")]
    [InlineData("trainings")]
    [InlineData("workHistory")]
    public void A_null_entry_is_refused_naming_the_list_and_its_index(string list)
    {
        var act = () => list switch
        {
            "schooling" => new CandidateProfile(schooling: [TechnicianClass("2020-07-01"), null!]),
            "certificates" => new CandidateProfile(certificates: [Cert(4, "2021-06-30"), null!]),
            "trainings" => new CandidateProfile(trainings: [Training(3, 80, "2022-12-20"), null!]),
            "workHistory" => new CandidateProfile(workHistory: [Work("2021-07-01"), null!]),
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, "no such list in this test"),
        };

        act.Should().Throw<ModelRuleException>().Which.Member.Should().Be($"{list}[1]");
    }

    [Fact]
    public void An_undefined_group_of_facts_is_refused_with_its_value()
    {
        FluentActions.Invoking(() => new CandidateProfile(unknownFacts: (CandidateFacts)0x40)).Should().Throw<ModelRuleException>()
            .Which.Should().Match<ModelRuleException>(e => e.Member == "unknownFacts" && e.Rule == StandardRules.UnknownValue && e.Detail == "'64' names a group of facts that does not exist.");
    }
}
