using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Serialization;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Serialization;

/// <summary>Candidate profiles as JSON, one by one or as JSON Lines, and decisions as JSON.</summary>
public class CandidateDocumentTest
{
    private const string Full = """
        {
          "id": "A-17",
          "education": { "level": "bachelor", "equivalent": true, "obtainedOn": "2019-07-01" },
          "schooling": [ { "kind": "technicalSchool", "programme": "technicianClass", "graduationDate": "2024-06-30", "graduated": true } ],
          "certificates": [ { "occupationCode": "3-01-01-02", "level": 4, "kind": "vocationalQualification", "issuedOn": "2023-06-30" } ],
          "trainings": [ { "occupationCode": "3-01-01-02", "level": 3, "hours": 80.5, "completionCertificateOn": "2025-01-10" } ],
          "work": [ { "occupationCode": "3-01-01-02", "from": "2022-03-01" }, { "occupationCode": "4-07-01-00", "from": "2018-01-01", "to": "2022-02-28" } ],
          "unknown": [ "schooling" ]
        }
        """;

    [Fact]
    public void Reads_every_fact_of_a_profile()
    {
        var profile = CandidateDocument.Parse(Full);

        profile.Id.Should().Be("A-17");
        profile.Education.Should().Be(new EducationRecord(EducationLevel.Bachelor, true, D("2019-07-01")));
        profile.Schooling.Should().Equal(new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.TechnicianClass, D("2024-06-30"), true));
        profile.Certificates.Should().Equal(Cert(4, "2023-06-30"));
        profile.Trainings.Should().Equal(Training(3, 80.5m, "2025-01-10"));
        profile.WorkHistory.Should().Equal(Work("2022-03-01"), Work("2018-01-01", "2022-02-28", Other));
        profile.UnknownFacts.Should().Be(CandidateFacts.Schooling);
    }

    [Fact]
    public void A_profile_round_trips()
    {
        var profile = CandidateDocument.Parse(Full);

        CandidateDocument.Parse(CandidateDocument.ToJson(profile)).Should().Be(profile);
        CandidateDocument.Parse(CandidateDocument.ToJson(profile, indented: false)).Should().Be(profile);
        CandidateDocument.ToJson(profile, indented: false).Should().NotContain("\n");
    }

    [Fact]
    public void An_empty_object_is_a_profile_that_knows_nothing()
    {
        var profile = CandidateDocument.Parse("{}");

        profile.Education.Should().BeNull();
        profile.UnknownFacts.Should().Be(CandidateFacts.All);
        profile.WorkHistory.Should().BeEmpty();
        profile.RelatedOccupationsGiven.Should().BeFalse();
        CandidateDocument.ToJson(profile, indented: false).Should().Be("{}");
        CandidateDocument.Parse(CandidateDocument.ToJson(profile)).Should().Be(profile);
    }

    [Theory]
    [InlineData("education", CandidateFacts.Education)]
    [InlineData("schooling", CandidateFacts.Schooling)]
    [InlineData("certificates", CandidateFacts.Certificates)]
    [InlineData("trainings", CandidateFacts.Trainings)]
    [InlineData("work", CandidateFacts.WorkHistory)]
    public void One_rule_for_every_group_absent_or_null_is_not_known_and_an_empty_list_is_none(string member, CandidateFacts group)
    {
        string[] all = ["schooling", "certificates", "trainings", "work"];
        string Document(string value) => "{ \"education\": " + (member == "education" ? value : "{ \"level\": \"bachelor\" }") + ", "
            + string.Join(", ", all.Select(m => $"\"{m}\": {(m == member ? value : "[]")}")) + " }";
        var absent = "{ " + string.Join(", ", all.Prepend("education").Where(m => m != member).Select(m => m == "education" ? "\"education\": { \"level\": \"bachelor\" }" : $"\"{m}\": []")) + " }";

        CandidateDocument.Parse(absent).UnknownFacts.Should().Be(group, "a group left out is not known");
        CandidateDocument.Parse(Document("null")).UnknownFacts.Should().Be(group, "null is the same as left out");
        if (member != "education")
        {
            CandidateDocument.Parse(Document("[]")).UnknownFacts.Should().Be(CandidateFacts.None, "an empty list is known to be empty");
        }
    }

    [Fact]
    public void A_list_marked_unknown_is_kept_and_written_back_with_its_mark()
    {
        var profile = CandidateDocument.Parse("""{ "work": [ { "occupationCode": "3-01-01-02", "from": "2020-01-01" } ], "unknown": [ "work" ], "certificates": [] }""");

        profile.Knows(CandidateFacts.WorkHistory).Should().BeFalse();
        profile.Knows(CandidateFacts.Certificates).Should().BeTrue();
        profile.WorkHistory.Should().ContainSingle();
        var written = CandidateDocument.ToJson(profile, indented: false);
        written.Should().Contain("\"unknown\":[\"work\"]").And.Contain("\"certificates\":[]").And.NotContain("\"trainings\"");
        CandidateDocument.Parse(written).Should().Be(profile);
    }

    [Fact]
    public void Related_occupations_of_the_candidate_are_read_and_written()
    {
        var profile = CandidateDocument.Parse("""{ "relatedOccupations": [ "4-07-01-00" ] }""");

        profile.RelatedOccupationsGiven.Should().BeTrue();
        profile.RelatedOccupations.Should().Equal("4-07-01-00");
        CandidateDocument.Parse(CandidateDocument.ToJson(profile)).Should().Be(profile);
        CandidateDocument.Read("""{ "relatedOccupations": [ "4070100" ] }""").Errors.Single().Path.Should().Be("$.relatedOccupations[0]");
        CandidateDocument.Read("""{ "relatedOccupations": [ null ] }""").Errors.Single().Rule.Should().Be(StandardRules.Required);
        CandidateDocument.Parse("""{ "relatedOccupations": [] }""").RelatedOccupationsGiven.Should().BeTrue();
        CandidateDocument.Parse("""{ "relatedOccupations": null }""").RelatedOccupationsGiven.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{ "work": [ { "occupationCode": "3-01-01-02", "from": "2024-02-30" } ] }""", "$.work[0].from", StandardRules.JsonType)]
    [InlineData("""{ "work": [ { "occupationCode": "3-01-01-02", "from": "2024-05-01", "to": "2024-04-30" } ] }""", "$.work[0].to", StandardRules.DateOrder)]
    [InlineData("""{ "work": [ { "from": "2024-05-01" } ] }""", "$.work[0].occupationCode", StandardRules.Required)]
    [InlineData("""{ "trainings": [ { "occupationCode": "3-01-01-02", "level": 4, "hours": -3 } ] }""", "$.trainings[0].hoursCompleted", StandardRules.Range)]
    [InlineData("""{ "certificates": [ { "occupationCode": "3-01-01-02", "level": 0, "kind": "skillLevel", "issuedOn": "2020-01-01" } ] }""", "$.certificates[0].level", StandardRules.LevelDefined)]
    [InlineData("""{ "education": { "level": "phd" } }""", "$.education.level", StandardRules.UnknownValue)]
    [InlineData("""{ "unknown": [ "feelings" ] }""", "$.unknown[0]", StandardRules.UnknownValue)]
    [InlineData("""{ "work": [ null ] }""", "$.work[0]", StandardRules.Required)]
    [InlineData("""{ "work": {} }""", "$.work", StandardRules.JsonType)]
    [InlineData("""{ "salary": 3 }""", "$.salary", StandardRules.JsonUnknownMember)]
    [InlineData("""{ "work": [ { "occupationCode": "3-01-01-02", "from": "2024-05-01", "from": "2024-05-02" } ] }""", "$.work[0].from", StandardRules.JsonDuplicateMember)]
    public void A_bad_profile_is_rejected_at_the_path(string json, string path, string rule)
    {
        var result = CandidateDocument.Read(json);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Path == path && e.Rule == rule, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Json_lines_are_read_one_by_one_and_a_bad_line_does_not_stop_the_others()
    {
        var input = "{\"id\":\"1\"}\n\n{\"id\":\"2\",\"work\":[{\"occupationCode\":\"x\",\"from\":\"2020-01-01\"}]}\n{\"id\":\"3\"\n{\"id\":\"4\"}\n";

        var lines = CandidateDocument.ReadLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input))).ToList();

        lines.Select(l => l.Line).Should().Equal(1, 3, 4, 5);
        lines.Select(l => l.IsValid).Should().Equal(true, false, false, true);
        lines[1].Errors.Should().ContainSingle().Which.Should().Match<DocumentError>(e => e.Line == 3 && e.Path == "$.work[0].occupationCode");
        lines[2].Errors.Should().ContainSingle().Which.Rule.Should().Be(StandardRules.JsonSyntax);
        lines[3].Candidate!.Id.Should().Be("4");
        lines[3].CandidateId.Should().Be("4");
    }

    [Fact]
    public void A_decision_is_written_as_json_with_every_step()
    {
        var report = Standards.EmbeddedEngine.EvaluateAll(CandidateDocument.Parse(Full), D("2026-11-29"));

        var json = DecisionDocument.ToJson(report);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;

        root.GetProperty("candidateId").GetString().Should().Be("A-17");
        root.GetProperty("asOf").GetString().Should().Be("2026-11-29");
        root.GetProperty("highestEligibleLevel").GetInt32().Should().Be(3);
        var three = root.GetProperty("decisions")[1];
        three.GetProperty("verdict").GetString().Should().Be("eligible");
        three.GetProperty("holdingConditions").EnumerateArray().Select(e => e.GetInt32()).Should().Contain(1);
        three.GetProperty("result").GetProperty("children")[0].GetProperty("condition").GetInt32().Should().Be(1);
        three.GetProperty("eligibleSince").GetString().Should().NotBeNull();
        three.GetProperty("result").GetProperty("children")[0].GetProperty("clause").GetString().Should().Be("1.9.1");
        json.Should().Contain("具备以下条件之一者", "Chinese is written as is");
        DecisionDocument.ToJson(report.Decisions[0], indented: false).Should().NotContain("\n").And.Contain("\"candidateId\":\"A-17\"");
    }

    [Fact]
    public void Json_lines_take_crlf_a_byte_order_mark_and_a_last_line_without_an_end()
    {
        var input = "\uFEFF{\"id\":\"1\"}\r\n\r\n  \r\n{\"id\":\"2\"}";

        var records = CandidateDocument.ReadLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input))).ToList();

        records.Select(r => (r.Line, r.CandidateId, r.IsValid)).Should().Equal((1L, "1", true), (4L, "2", true));
    }

    [Fact]
    public void A_json_line_over_the_size_limit_is_an_error_record_and_the_next_line_is_read()
    {
        var huge = "{\"id\":\"" + new string('x', 300_000) + "\"}";
        var input = "{\"id\":\"1\"}\n" + huge + "\n{\"id\":\"3\"}\n" + huge;

        var records = CandidateDocument.ReadLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)), new DocumentReadOptions(maxBytes: 1000)).ToList();

        records.Select(r => (r.Line, r.CandidateId, r.IsValid)).Should().Equal((1L, "1", true), (2L, null, false), (3L, "3", true), (4L, null, false));
        records[1].Errors.Single().Rule.Should().Be(StandardRules.JsonSize);
        records[1].Errors.Single().Message.English.Should().Be("the input is 300,009 bytes; at most 1,000 are read.");
        records[3].Errors.Single().Line.Should().Be(4);
    }

    [Fact]
    public void A_broken_json_line_keeps_the_id_it_gives_before_it_breaks()
    {
        var input = "{\"id\":\"A-1\",\"work\":[{\"occupationCode\":\"3-01-01-02\",\"from\":\"2020-02-30\"}]}\n{\"work\":[],\"id\":\"A-2\",\n{\"id\":7}\n[1,2]";

        var records = CandidateDocument.ReadLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input))).ToList();

        records.Select(r => r.CandidateId).Should().Equal("A-1", "A-2", null, null);
        records.Should().OnlyContain(r => !r.IsValid);
    }
}
