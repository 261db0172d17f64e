using LaborStandard.Model;

namespace LaborStandard.Tests.Data;

/// <summary>The shipped dataset holds every item of the seed: counts per level, function and work content.</summary>
public partial class ShippedStandardTest
{
    private static readonly OccupationalStandard Standard = Standards.Embedded;

    // level, work content, skills, knowledge — counted in the seed's tables 3.1 and 3.2.
    public static TheoryData<int, string, int, int> WorkContentCounts => new()
    {
        { 4, "1.1", 5, 7 }, { 4, "1.2", 4, 6 }, { 4, "1.3", 3, 4 },
        { 4, "2.1", 5, 5 }, { 4, "2.2", 6, 6 }, { 4, "2.3", 5, 4 }, { 4, "2.4", 3, 3 }, { 4, "2.5", 3, 4 },
        { 4, "3.1", 5, 5 }, { 4, "3.2", 3, 2 }, { 4, "3.3", 2, 3 }, { 4, "3.4", 4, 4 },
        { 4, "4.1", 3, 4 }, { 4, "4.2", 7, 4 },
        { 4, "5.1", 3, 4 }, { 4, "5.2", 4, 4 },
        { 3, "1.1", 4, 8 }, { 3, "1.2", 3, 5 }, { 3, "1.3", 4, 4 },
        { 3, "2.1", 4, 2 }, { 3, "2.2", 4, 6 }, { 3, "2.3", 4, 4 }, { 3, "2.4", 3, 3 }, { 3, "2.5", 4, 4 },
        { 3, "3.1", 4, 3 }, { 3, "3.2", 3, 2 }, { 3, "3.3", 3, 2 }, { 3, "3.4", 3, 3 },
        { 3, "4.1", 3, 3 }, { 3, "4.2", 7, 5 },
        { 3, "5.1", 3, 4 }, { 3, "5.2", 4, 4 },
    };

    [Theory]
    [MemberData(nameof(WorkContentCounts))]
    public void Each_work_content_has_the_items_of_the_seed(int rank, string code, int skills, int knowledge)
    {
        var content = Standard.WorkRequirements.ForLevel(SkillLevel.FromRank(rank))!.FindWorkContent(code);

        content.Should().NotBeNull();
        content!.Skills.Should().HaveCount(skills);
        content.Knowledge.Should().HaveCount(knowledge);
        content.Skills.Select(s => s.Code).Should().Equal(Enumerable.Range(1, skills).Select(i => $"{code}.{i}"), "skills are numbered in order under their work content");
        content.Knowledge.Select(k => k.Code).Should().Equal(Enumerable.Range(1, knowledge).Select(i => $"{code}.{i}"), "knowledge items, once corrected, are numbered in order");
    }

    [Theory]
    [InlineData(4, 65, 69)]
    [InlineData(3, 60, 62)]
    public void Each_level_has_the_items_of_the_seed(int rank, int skills, int knowledge)
    {
        var table = Standard.WorkRequirements.ForLevel(SkillLevel.FromRank(rank))!;

        table.Skills.Should().HaveCount(skills);
        table.Knowledge.Should().HaveCount(knowledge);
        table.Functions.Select(f => f.Code).Should().Equal("1", "2", "3", "4", "5");
        table.Functions.SelectMany(f => f.WorkContents).Should().HaveCount(16);
    }

    [Fact]
    public void The_work_content_counts_cover_every_work_content_of_both_levels()
    {
        var listed = WorkContentCounts.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        var shipped = Standard.WorkRequirements.Levels
            .SelectMany(t => t.Functions.SelectMany(f => f.WorkContents).Select(w => (t.Level.Rank, w.Code)))
            .ToHashSet();

        shipped.Should().BeEquivalentTo(listed);
    }

    [Fact]
    public void The_basic_requirements_have_every_topic_and_item()
    {
        var counts = Standard.BasicRequirements.Sections.SelectMany(s => s.Topics).ToDictionary(t => t.Code, t => t.Items.Length);

        counts.Should().Equal(new Dictionary<string, int>
        {
            ["2.1.1"] = 2, ["2.1.2"] = 4, ["2.1.3"] = 3,
            ["2.2.1"] = 3, ["2.2.2"] = 6, ["2.2.3"] = 3, ["2.2.4"] = 2, ["2.2.5"] = 3,
            ["2.2.6"] = 3, ["2.2.7"] = 2, ["2.2.8"] = 4, ["2.2.9"] = 6,
        });
    }

    [Fact]
    public void The_laws_of_2_2_9_are_listed_with_their_titles()
    {
        Standard.BasicRequirements.Laws.Select(l => l.Chinese).Should().Equal(
            "中华人民共和国劳动法",
            "中华人民共和国就业促进法",
            "中华人民共和国劳动合同法",
            "中华人民共和国劳动争议调解仲裁法",
            "中华人民共和国社会保险法",
            "劳动保障监察条例");
        Standard.BasicRequirements.Laws[0].English.Should().Be("Labour Law of the People's Republic of China");
    }
}
