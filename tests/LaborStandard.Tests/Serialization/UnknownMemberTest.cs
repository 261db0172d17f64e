using System.Text.Json.Nodes;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Serialization;

/// <summary>
/// Every object of every document the library reads refuses a member it does not define, at the member's own path:
/// one object of each place in the document (the path with its indices left out) is given a stray member in turn.
/// </summary>
public class UnknownMemberTest
{
    private const string Stray = "strayMember";

    // A profile with an object of every kind a candidate document has.
    private const string EveryFact = """
        {
          "id": "every-fact",
          "education": { "level": "seniorSecondary", "obtainedOn": "2015-07-01" },
          "schooling": [ { "kind": "technicalSchool", "programme": "technicianClass", "graduationDate": "2020-07-01", "graduated": true } ],
          "certificates": [ { "occupationCode": "3-01-01-02", "level": 4, "kind": "vocationalQualification", "issuedOn": "2021-06-30" } ],
          "trainings": [ { "occupationCode": "3-01-01-02", "level": 3, "hours": 80, "completionCertificateOn": "2022-12-20" } ],
          "work": [ { "occupationCode": "3-01-01-02", "from": "2021-07-01", "to": "2022-12-31" } ]
        }
        """;

    public static TheoryData<string> Kinds => ["standard", "rules", "candidate"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_object_of_the_document_refuses_a_member_it_does_not_define(string kind)
    {
        var json = Document(kind);
        var places = Objects(JsonNode.Parse(json)!, "$").DistinctBy(p => Place(p.Path)).ToList();

        places.Should().HaveCountGreaterThan(kind == "standard" ? 20 : 4, "the document has objects of many kinds");
        foreach (var (path, _) in places)
        {
            var edited = JsonEdit.Set(json, $"{path}.{Stray}", 1);
            var errors = Read(kind, edited);
            errors.Should().ContainSingle(e => e.Path == $"{path}.{Stray}" && e.Rule == StandardRules.JsonUnknownMember, $"a stray member of {path} is an error");
        }
    }

    private static string Document(string kind) => kind switch
    {
        "standard" => StandardDocument.ToJson(Standards.Embedded),
        "rules" => Standards.ReadEmbeddedRulesJson(),
        "candidate" => EveryFact,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a document kind of this test."),
    };

    private static System.Collections.Immutable.ImmutableArray<DocumentError> Read(string kind, string json) => kind switch
    {
        "standard" => StandardDocument.Read(json).Errors,
        "rules" => RuleDocument.Read(json).Errors,
        _ => CandidateDocument.Read(json).Errors,
    };

    /// <summary>Every object in the tree with its JSON path, parents first.</summary>
    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonNode node, string path)
    {
        if (node is JsonObject obj)
        {
            yield return (path, obj);
            foreach (var (name, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var inner in Objects(value, $"{path}.{name}"))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    foreach (var inner in Objects(item, $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static string Place(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]");
}
