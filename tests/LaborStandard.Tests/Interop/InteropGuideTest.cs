using System.Text.Json.Nodes;
using LaborStandard.Interop;
using LaborStandard.Interop.Editions;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Interop;

/// <summary>
/// The examples of docs/guides/interop.md, run as tests. Each C# block of the guide stands in this file line for line
/// (blank lines and usings aside), so an example that no longer compiles or works fails here.
/// </summary>
public class InteropGuideTest
{
    private static readonly string Root = Support.Repository.Root;

    [Fact]
    public void Every_example_of_the_guide_stands_in_this_file()
    {
        var guide = File.ReadAllLines(Path.Combine(Root, "docs", "guides", "interop.md"));
        var source = File.ReadAllLines(Path.Combine(Root, "tests", "LaborStandard.Tests", "Interop", "InteropGuideTest.cs")).Select(l => l.Trim()).ToList();
        var blocks = Blocks(guide).ToList();

        blocks.Should().HaveCount(5);
        foreach (var block in blocks)
        {
            var at = 0;
            foreach (var line in block)
            {
                var found = source.FindIndex(at, l => l == line);
                found.Should().BeGreaterThanOrEqualTo(0, $"the guide's line «{line}» stands in the test, after the block's previous line");
                at = found + 1;
            }
        }
    }

    [Fact]
    public void Export()
    {
        var options = new CaseExportOptions(
            baseUri: new Uri("https://case.example.org/ims/case/v1p1/"),
            creator: "人力资源社会保障部",
            lastChangeDateTime: new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
        string package = CasePackage.ToJson(Standards.Embedded, options);

        CasePackage.Parse(package).Should().Be(Standards.Embedded);
    }

    [Fact]
    public void Export_with_options()
    {
        var path = Path.GetTempFileName();
        try
        {
            var options = new CaseExportOptions(
                baseUri: new Uri("https://case.example.org/ims/case/v1p1/"),
                creator: "人力资源社会保障部",
                lastChangeDateTime: new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
            using (var file = File.Create(path))
            {
                CasePackage.Save(Standards.Embedded, file, options);
            }

            var document = JsonNode.Parse(File.ReadAllText(path))!["CFDocument"]!;
            ((string)document["creator"]!).Should().Be("人力资源社会保障部");
            ((string)document["uri"]!).Should().StartWith("https://case.example.org/ims/case/v1p1/CFDocuments/");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Identifiers()
    {
        var edition = Standards.Embedded.Edition;
        var skill = Standards.Embedded.WorkRequirements.Find(SkillLevel.Level3, RequirementKind.Skill, "2.4.2")!;
        Guid id = CaseIdentifiers.Requirement(edition, skill);

        id.Should().Be(CaseIdentifiers.NameBased(CaseIdentifiers.Namespace, "3-01-01-02/1.0.0-draft/level/3/function/2/content/2.4/skill/2.4.2"));
    }

    [Fact]
    public void Read_back()
    {
        var writer = new StringWriter();
        var package = "{}";

        DocumentResult<OccupationalStandard> result = CasePackage.Read(package);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                writer.WriteLine(error);
            }
        }

        writer.ToString().Should().Be("$.CFDocument: is required. [required]" + Environment.NewLine);
    }

    [Fact]
    public void Compare()
    {
        var writer = new StringWriter();
        var changed = JsonNode.Parse(Standards.ReadEmbeddedJson())!;
        changed["edition"]!["version"] = "1.0.0";
        changed["workRequirements"]!["levels"]![1]!["functions"]![1]!["workContents"]![3]!["skills"]![1]!["text"]!["zh"] = "能够协助催收到期的创业担保贷款";
        var finalPath = Path.GetTempFileName();
        try
        {
            File.WriteAllText(finalPath, changed.ToJsonString());

            var final = StandardDocument.Parse(File.ReadAllText(finalPath));
            StandardDiff diff = StandardComparison.Compare(Standards.Embedded, final);
            writer.WriteLine(diff);
            foreach (var change in diff.Changes)
            {
                switch (change)
                {
                    case RequirementChange { Kind: ChangeKind.RequirementReworded } reworded:
                        writer.WriteLine($"{reworded.Clause}: {reworded.Before!.Text.Chinese} → {reworded.After!.Text.Chinese}");
                        break;
                    case WeightChange weight:
                        writer.WriteLine($"{weight.Level} {weight.Item.Chinese}: {weight.Before}% → {weight.After}%");
                        break;
                }
            }

            writer.ToString().Split(Environment.NewLine).Should().Equal(
                "3-01-01-02 1.0.0-draft → 3-01-01-02 1.0.0: 2 changes",
                "  edition Version: 1.0.0-draft → 1.0.0",
                "  三级 skill 3.2 / 2.4.2 reworded: 「能够协助创业担保贷款担保机构、经办金融机构催收到期贷款」 → 「能够协助催收到期的创业担保贷款」",
                "3.2 / 2.4.2: 能够协助创业担保贷款担保机构、经办金融机构催收到期贷款 → 能够协助催收到期的创业担保贷款",
                string.Empty);
        }
        finally
        {
            File.Delete(finalPath);
        }
    }

    /// <summary>The C# blocks of a markdown page, each as its trimmed lines without blank lines and usings.</summary>
    private static IEnumerable<List<string>> Blocks(string[] markdown)
    {
        List<string>? block = null;
        foreach (var line in markdown)
        {
            if (block is null && line.StartsWith("```csharp", StringComparison.Ordinal))
            {
                block = [];
            }
            else if (block is not null && line.StartsWith("```", StringComparison.Ordinal))
            {
                yield return block;
                block = null;
            }
            else if (block is not null && line.Trim().Length > 0 && !line.StartsWith("using ", StringComparison.Ordinal))
            {
                block.Add(line.Trim());
            }
        }
    }
}
