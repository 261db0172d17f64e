using System.Text.Json.Nodes;
using LaborStandard.Interop;
using LaborStandard.Model;

namespace LaborStandard.Tests.Interop;

/// <summary>The package holds the standard: the document, every requirement of the seed, the tree and the extensions.</summary>
public partial class CasePackageTest
{
    // CFItemType title, count of items — counted in the seed: chapter 2 and tables 3.1 and 3.2.
    public static TheoryData<string, int> ItemCounts => new()
    {
        { "职业技能等级", 2 },
        { "职业功能", 10 },
        { "工作内容", 32 },
        { "技能要求", 65 + 60 },
        { "相关知识要求", 69 + 62 },
        { "基本要求", 2 },
        { "基本要求分项", 12 },
        { "基本要求条目", 41 },
    };

    [Fact]
    public void The_document_carries_title_creator_version_language_status_and_definition()
    {
        var document = ShippedNode()["CFDocument"]!;

        ((string)document["title"]!).Should().Be("社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿）");
        ((string)document["creator"]!).Should().Be(CaseTestOptions.Creator);
        ((string)document["version"]!).Should().Be("1.0.0-draft");
        ((string)document["language"]!).Should().Be("zh-CN");
        ((string)document["adoptionStatus"]!).Should().Be("Draft");
        ((string)document["caseVersion"]!).Should().Be("1.1");
        ((string)document["lastChangeDateTime"]!).Should().Be("2024-05-01T00:00:00+00:00");
        ((string)document["description"]!).Should().Be(Shipped.Overview.Definition.Chinese);
        document["officialSourceURL"].Should().BeNull("no source URL was given");

        var extension = document["extensions"]!["laborStandard"]!;
        ((string)extension["occupationCode"]!).Should().Be("3-01-01-02");
        ((string)extension["status"]!).Should().Be("draftForComment");
        ((string)extension["en"]!["title"]!).Should().Be(Shipped.Edition.Title.English);
    }

    [Theory]
    [MemberData(nameof(ItemCounts))]
    public void Each_kind_of_item_has_the_count_of_the_seed(string type, int count)
        => Items(ShippedNode()).Count(i => (string)i["CFItemType"]! == type).Should().Be(count);

    [Fact]
    public void Every_requirement_of_the_seed_is_an_item_with_its_code_text_and_place()
    {
        var package = ShippedNode();
        var requirements = Shipped.WorkRequirements.Levels.SelectMany(l => l.Skills.Concat(l.Knowledge)).ToList();

        requirements.Should().HaveCount(65 + 69 + 60 + 62);
        foreach (var requirement in requirements)
        {
            var item = ItemById(package, CaseIdentifiers.Requirement(Shipped.Edition, requirement));
            var statement = (string)item["fullStatement"]!;

            // The model's texts are the seed's, verbatim (ShippedStandardTest); the statement is the model's text.
            statement.Should().Be(requirement.Text.Chinese);
            ((string)item["humanCodingScheme"]!).Should().Be($"{requirement.Section} / {(requirement.Kind == RequirementKind.Skill ? "S" : "K")}{requirement.Code}");
            ((string)item["CFItemType"]!).Should().Be(requirement.Kind == RequirementKind.Skill ? "技能要求" : "相关知识要求");
            ((string)item["extensions"]!["laborStandard"]!["en"]!["fullStatement"]!).Should().Be(requirement.Text.English);

            var content = Shipped.WorkRequirements.ForLevel(requirement.Level)!.FindWorkContent(requirement.WorkContentCode)!;
            var parent = ChildOf(package, CaseIdentifiers.Requirement(Shipped.Edition, requirement));
            ((string)parent["destinationNodeURI"]!["identifier"]!).Should().Be(CaseIdentifiers.WorkContent(Shipped.Edition, content).ToString("D"));
        }
    }

    [Fact]
    public void Skills_come_before_knowledge_under_a_work_content_in_printed_order()
    {
        var package = ShippedNode();
        var content = Shipped.WorkRequirements.ForLevel(SkillLevel.Level3)!.FindWorkContent("2.4")!;

        var order = content.Skills.Concat(content.Knowledge)
            .Select(r => (int)ChildOf(package, CaseIdentifiers.Requirement(Shipped.Edition, r))["sequenceNumber"]!);

        order.Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void The_tree_runs_from_the_document_through_levels_functions_and_work_contents()
    {
        var package = ShippedNode();
        var edition = Shipped.Edition;
        var level = Shipped.WorkRequirements.ForLevel(SkillLevel.Level3)!;
        var function = level.FindFunction("2")!;
        var content = level.FindWorkContent("2.4")!;

        Parent(CaseIdentifiers.Level(edition, SkillLevel.Level3)).Should().Be((CaseIdentifiers.Document(edition), 4), "2.1 and 2.2 come first, then 四级 and 三级");
        Parent(CaseIdentifiers.Function(edition, function)).Should().Be((CaseIdentifiers.Level(edition, SkillLevel.Level3), 2));
        Parent(CaseIdentifiers.WorkContent(edition, content)).Should().Be((CaseIdentifiers.Function(edition, function), 4));
        ((string)ItemById(package, CaseIdentifiers.Function(edition, function))["humanCodingScheme"]!).Should().Be("3.2 / 2");
        ((string)ItemById(package, CaseIdentifiers.WorkContent(edition, content))["humanCodingScheme"]!).Should().Be("3.2 / 2.4");
        ((string)ItemById(package, CaseIdentifiers.WorkContent(edition, content))["fullStatement"]!).Should().Be("创业指导服务");

        (Guid, int) Parent(Guid child)
        {
            var association = ChildOf(package, child);
            return (Guid.Parse((string)association["destinationNodeURI"]!["identifier"]!), (int)association["sequenceNumber"]!);
        }
    }

    [Fact]
    public void The_only_associations_are_the_tree_and_the_ladder_of_levels()
    {
        var associations = Associations(ShippedNode()).ToList();

        associations.Select(a => (string)a["associationType"]!).Distinct().Should().BeEquivalentTo("isChildOf", "precedes");
        associations.Count(a => (string)a["associationType"]! == "isChildOf").Should().Be(Items(ShippedNode()).Count(), "each item has one parent and nothing else is linked");
        associations.Should().NotContain(a => (string)a["associationType"]! == "isRelatedTo", "the standard pairs no skill with any item of knowledge");
    }

    [Fact]
    public void Level_four_precedes_level_three()
    {
        var precedes = Associations(ShippedNode()).Where(a => (string)a["associationType"]! == "precedes").ToList();

        precedes.Should().ContainSingle();
        ((string)precedes[0]["originNodeURI"]!["identifier"]!).Should().Be(CaseIdentifiers.Level(Shipped.Edition, SkillLevel.Level4).ToString("D"));
        ((string)precedes[0]["destinationNodeURI"]!["identifier"]!).Should().Be(CaseIdentifiers.Level(Shipped.Edition, SkillLevel.Level3).ToString("D"));
    }

    [Theory]
    [InlineData(4, "四级（中级劳动保障专理员）/中级工", "中级劳动保障专理员", "3.1", 100)]
    [InlineData(3, "三级（高级劳动保障专理员）/高级工", "高级劳动保障专理员", "3.2", 80)]
    public void A_level_item_carries_its_heading_title_table_and_training_hours(int rank, string heading, string title, string section, int hours)
    {
        var item = ItemById(ShippedNode(), CaseIdentifiers.Level(Shipped.Edition, SkillLevel.FromRank(rank)));

        ((string)item["fullStatement"]!).Should().Be(heading);
        ((string)item["abbreviatedStatement"]!).Should().Be(title);
        ((string)item["humanCodingScheme"]!).Should().Be(section);
        ((string)item["alternativeLabel"]!).Should().Be(SkillLevel.FromRank(rank).Name.Chinese);
        ((int)item["extensions"]!["laborStandard"]!["level"]!).Should().Be(rank);
        ((int)item["extensions"]!["laborStandard"]!["trainingHours"]!).Should().Be(hours);
    }

    [Fact]
    public void A_misprinted_code_is_coded_as_corrected_and_keeps_the_printed_code_in_the_extension()
    {
        var misprint = Shipped.WorkRequirements.ForLevel(SkillLevel.Level4)!.Knowledge.First(k => k.PrintedCode == "3.2.2");
        var item = ItemById(ShippedNode(), CaseIdentifiers.Requirement(Shipped.Edition, misprint));

        ((string)item["humanCodingScheme"]!).Should().Be("3.1 / K3.1.2");
        var correction = item["extensions"]!["laborStandard"]!["corrections"]![0]!;
        ((string)correction["target"]!).Should().Be("code");
        ((string)correction["printed"]!).Should().Be("3.2.2");
        ((string)correction["corrected"]!).Should().Be("3.1.2");
    }

    [Fact]
    public void A_footnote_stays_with_its_requirement()
    {
        var skill = Shipped.WorkRequirements.Find(SkillLevel.Level4, RequirementKind.Skill, "2.2.6")!;
        var footnote = ItemById(ShippedNode(), CaseIdentifiers.Requirement(Shipped.Edition, skill))["extensions"]!["laborStandard"]!["footnote"]!;

        ((string)footnote["marker"]!).Should().Be("①");
        ((string)footnote["anchor"]!).Should().Be("就业通用能力");
    }

    [Fact]
    public void A_basic_requirement_item_is_numbered_by_its_list_enumeration()
    {
        var package = ShippedNode();
        var topic = Shipped.BasicRequirements.FindTopic("2.1.2")!;
        var item = ItemById(package, CaseIdentifiers.ForPath(Shipped.Edition, "basic/2.1/topic/2.1.2/item/3"));

        ((string)item["fullStatement"]!).Should().Be(topic.Items[2].Text.Chinese);
        ((string)item["listEnumeration"]!).Should().Be("3");
        ((string)item["humanCodingScheme"]!).Should().Be("2.1.2 (3)");
    }

    [Fact]
    public void Weights_hours_and_assessment_parameters_are_in_the_document_extension()
    {
        var extension = ShippedNode()["CFDocument"]!["extensions"]!["laborStandard"]!;

        var theory = extension["weightTables"]!.AsArray().Single(t => (string)t!["kind"]! == "theory")!;
        var function2 = theory["rows"]!.AsArray().Single(r => (string)r!["target"]!["kind"]! == "function" && (string)r["target"]!["code"]! == "2")!;
        function2["weights"]!.AsArray().Select(w => ((int)w!["level"]!, (int)w["percent"]!)).Should().Equal((4, 15), (3, 20));

        var assessment = extension["assessment"]!;
        ((int)assessment["scoring"]!["passMark"]!).Should().Be(60);
        ((int)assessment["scoring"]!["fullMarks"]!).Should().Be(100);
        assessment["staffing"]!.AsArray().Select(s => (int)s!["candidatesPerStaff"]!).Should().Equal(15, 15);
        assessment["durations"]!.AsArray().Select(d => (int)d!["minimumMinutes"]!).Should().Equal(90, 120);
        assessment["applicationConditions"]!.AsArray().Select(c => c!["items"]!.AsArray().Count).Should().Equal(4, 4);
        ((string)extension["overview"]!["trainingHoursText"]!["zh"]!).Should().Be(Shipped.Overview.TrainingHoursText.Chinese);
        extension["eligibilityRules"].Should().BeNull("no rules were supplied");
    }

    [Fact]
    public void Eligibility_rules_supplied_to_the_export_are_carried_in_the_document_extension_and_read_back()
    {
        var json = CasePackage.ToJson(Shipped, CaseTestOptions.WithRules(Standards.EmbeddedRules));
        var package = JsonNode.Parse(json)!;

        var carried = package["CFDocument"]!["extensions"]!["laborStandard"]!["eligibilityRules"]!;
        ((string)carried["occupationCode"]!).Should().Be("3-01-01-02");
        ((string)carried["levels"]![1]!["condition"]!["conditions"]![1]!["item"]!).Should().Be("三级（2）");
        CasePackage.Parse(json).Should().Be(Shipped, "the rules travel beside the standard and do not change it");
        CasePackage.ReadEligibilityRules(json, Shipped).Value.Should().Be(Standards.EmbeddedRules);
    }

    [Fact]
    public void A_package_without_rules_or_with_rules_that_do_not_fit_says_so_at_the_extension_s_path()
    {
        const string path = "$.CFDocument.extensions.laborStandard.eligibilityRules";
        var without = CasePackage.ReadEligibilityRules(CasePackage.ToJson(Shipped, CaseTestOptions.Default));
        var package = JsonNode.Parse(CasePackage.ToJson(Shipped, CaseTestOptions.WithRules(Standards.EmbeddedRules)))!;
        package["CFDocument"]!["extensions"]!["laborStandard"]!["eligibilityRules"]!["levels"]![0]!["level"] = 2;

        without.Errors.Should().ContainSingle().Which.Path.Should().Be(path);
        CasePackage.ReadEligibilityRules(package.ToJsonString(), Shipped).Errors.Should().ContainSingle().Which.Should().Match<LaborStandard.Serialization.DocumentError>(
            e => e.Path == path + ".levels[0].level" && e.Rule == LaborStandard.Model.StandardRules.LevelDefined);
    }

    [Fact]
    public void Under_a_base_URI_every_record_gets_the_URI_of_its_CASE_endpoint()
    {
        var options = new CaseExportOptions(baseUri: new Uri("https://case.example.org/ims/case/v1p1"), creator: "人力资源社会保障部", lastChangeDateTime: new DateTimeOffset(2024, 5, 1, 16, 30, 0, TimeSpan.FromHours(8)), officialSourceUrl: new Uri("https://example.org/standard.pdf"));

        var package = JsonNode.Parse(CasePackage.ToJson(Shipped, options))!;

        CaseSchema.Violations(package).Should().BeEmpty();
        var document = package["CFDocument"]!;
        ((string)document["uri"]!).Should().Be("https://case.example.org/ims/case/v1p1/CFDocuments/" + (string)document["identifier"]!);
        ((string)document["creator"]!).Should().Be("人力资源社会保障部");
        ((string)document["officialSourceURL"]!).Should().Be("https://example.org/standard.pdf");
        Items(package).Should().OnlyContain(i => (string)i["uri"]! == "https://case.example.org/ims/case/v1p1/CFItems/" + (string)i["identifier"]!);
        Associations(package).Should().OnlyContain(a => (string)a["uri"]! == "https://case.example.org/ims/case/v1p1/CFAssociations/" + (string)a["identifier"]!);
        ItemTypes(package).Should().OnlyContain(t => (string)t["uri"]! == "https://case.example.org/ims/case/v1p1/CFItemTypes/" + (string)t["identifier"]!);
        Records(package).Should().OnlyContain(r => (string)r["lastChangeDateTime"]! == "2024-05-01T08:30:00+00:00");
        CasePackage.Parse(package.ToJsonString()).Should().Be(Shipped);
    }

    [Fact]
    public void No_record_carries_a_URN_or_the_epoch()
        => Records(ShippedNode()).Should().OnlyContain(r => ((string)r["uri"]!).StartsWith(CaseTestOptions.BaseUri, StringComparison.Ordinal)
                                                         && !((string)r["lastChangeDateTime"]!).StartsWith("1970", StringComparison.Ordinal));

    [Fact]
    public void A_skill_and_a_knowledge_item_that_share_printed_numbers_get_distinct_human_codes()
    {
        var package = ShippedNode();
        var pairs = Shipped.WorkRequirements.Levels
            .SelectMany(l => l.Functions).SelectMany(f => f.WorkContents)
            .SelectMany(w => w.Skills.Join(w.Knowledge, s => s.Code, k => k.Code, (s, k) => (s, k)))
            .ToList();

        pairs.Should().HaveCount(113, "the seed numbers 113 skills and knowledge items of one work content alike");
        foreach (var (skill, knowledge) in pairs)
        {
            ((string)ItemById(package, CaseIdentifiers.Requirement(Shipped.Edition, skill))["humanCodingScheme"]!)
                .Should().NotBe((string)ItemById(package, CaseIdentifiers.Requirement(Shipped.Edition, knowledge))["humanCodingScheme"]!);
        }

        Items(package).GroupBy(i => (string)i["humanCodingScheme"]!).Should().OnlyContain(g => g.Count() == 1, "every item of the package has its own human code");
    }

    [Fact]
    public void Chinese_is_written_as_is_not_escaped()
        => ShippedPackage.Value.Should().Contain("\"fullStatement\": \"创业指导服务\"").And.NotContain("\\u");
}
