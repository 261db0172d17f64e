using System.Text.Json;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Data;

/// <summary>Every Chinese text of the dataset is the seed's text with the PDF line breaks joined, nothing reworded.</summary>
public partial class ShippedStandardTest
{
    // Table cells that the PDF dump breaks apart (columns interleave, a footnote or a page break falls inside): each
    // text is checked as its pieces, which must stand in the seed in this order.
    private static readonly Dictionary<string, string[]> SplitCells = new()
    {
        ["能够介绍就业通用能力的内容和意义"] = ["能够介绍就业通用能力", "①", "的内容和意义"],
        ["能够收集和发布职业培训项目信息"] = ["能够收集和发布职业培", "训项目信息"],
        ["职业培训、职业技能鉴定补贴政策的主要内容"] = ["职业培训、职业技能", "鉴定补贴政策的主要内容"],
        ["能够指导服务对象利用线上平台办理失业保险申领有关手续"] = ["能够指导服务对象利用线上平台办理失业保险申领有关", "手续"],
        ["能够同社区卫生服务机构合作，为退休人员建立健康档案，并进行定期更新"] = ["能够同社区卫生服务机构合作，为退休人员建立健康档", "案，并进行定期更新"],
        ["能够根据服务对象的不同情况，提供针对性政策指导、建议"] = ["能够根据服务对象的不同情况，提供针对性政策指导、", "建议"],
        ["组织政策法规宣传、咨询服务的主要形式和工作方法"] = ["组织政策法规宣传、咨询服务的主要形式和工作方", "法"],
        ["能够对来访退休人员反映的问题进行处理并按规定给予答复"] = ["能够对来访退休人员反映的问题进行处理并按规定给予", "答复"],
        ["能够为服务对象提供拖欠工资、欠缴社会保险费等情形的法律救济渠道"] = ["能够为服务对象提供拖欠工资、欠缴社会保险费等情形", "的法律救济渠道"],
    };

    public static TheoryData<string, string> ChineseTexts()
    {
        var data = new TheoryData<string, string>();
        using var document = JsonDocument.Parse(Standards.ReadEmbeddedJson());
        foreach (var (path, zh, _) in Texts(document.RootElement, "$"))
        {
            // Correction notes are ours, not the seed's.
            if (!path.Contains(".note", StringComparison.Ordinal))
            {
                data.Add(path, zh);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChineseTexts))]
    public void Every_chinese_text_stands_in_the_seed(string path, string chinese)
    {
        if (SplitCells.TryGetValue(chinese, out var pieces))
        {
            string.Concat(pieces).Replace("①", string.Empty, StringComparison.Ordinal).Should().Be(chinese, "the pieces make up the text");
            var from = 0;
            foreach (var piece in pieces)
            {
                var at = Seed.Flattened.IndexOf(Seed.Flatten(piece), from, StringComparison.Ordinal);
                at.Should().BeGreaterThanOrEqualTo(0, $"'{piece}' of {path} stands in the seed after the previous piece");
                from = at + piece.Length;
            }
        }
        else
        {
            Seed.Flattened.Should().Contain(Seed.Flatten(chinese), $"{path} is verbatim");
        }
    }

    [Fact]
    public void Every_text_has_an_english_translation()
    {
        using var document = JsonDocument.Parse(Standards.ReadEmbeddedJson());
        var texts = Texts(document.RootElement, "$").ToList();

        texts.Should().HaveCountGreaterThan(400);
        foreach (var (path, chinese, english) in texts)
        {
            english.Should().NotBeNullOrWhiteSpace(path).And.NotBe(chinese, path);
            if (!path.Contains(".note", StringComparison.Ordinal))
            {
                // Notes quote the Chinese they discuss; translations do not.
                english.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", $"{path} is English");
            }
        }
    }

    // Spot checks across all five functions of both levels: level, kind, code, text.
    public static TheoryData<int, RequirementKind, string, string> SpotChecks => new()
    {
        { 4, RequirementKind.Skill, "1.1.1", "能够运用常用调查方法采集本辖区内失业人员的相关情况" },
        { 4, RequirementKind.Knowledge, "1.3.4", "突发事件应急处理方法" },
        { 4, RequirementKind.Skill, "2.5.2", "能够定期走访辖区内就业困难对象，宣传就业扶持政策、跟踪管理其就业变化情况" },
        { 4, RequirementKind.Knowledge, "2.4.2", "创业担保贷款及贴息的对象、条件和受理程序" },
        { 4, RequirementKind.Skill, "3.4.3", "能够收取规定服务对象的药费凭证，能够操作药费报销单机版系统" },
        { 4, RequirementKind.Knowledge, "3.3.3", "工伤保险待遇标准" },
        { 4, RequirementKind.Skill, "4.2.5", "能够建立高龄、孤寡、重病、特困、劳模、新中国成立前参加工作等特殊群体的台帐，并进行动态管理" },
        { 4, RequirementKind.Knowledge, "4.1.3", "高龄、孤寡、重病、特困、劳模、新中国成立前参加工作等特殊群体的有关政策规定" },
        { 4, RequirementKind.Skill, "5.2.4", "能够为劳动者和用人单位提供签订和履行劳动合同的指导和帮助" },
        { 4, RequirementKind.Knowledge, "5.1.3", "劳动争议的处理原则" },
        { 3, RequirementKind.Skill, "1.3.4", "能够通过常用渠道发布辖区人力资源和社会保障相关信息" },
        { 3, RequirementKind.Knowledge, "1.2.5", "利用 EXCEL 等软件工具进行数据日常动态管理的方法" },
        { 3, RequirementKind.Skill, "2.4.2", "能够协助创业担保贷款担保机构、经办金融机构催收到期贷款" },
        { 3, RequirementKind.Knowledge, "2.3.2", "国家就业准入制度的有关知识" },
        { 3, RequirementKind.Skill, "3.1.2", "能够承办城乡居民养老保险参保登记、缴费档次选择、待遇审查申报、保险关系注销、保险关系转移接续等业务环节的经办工作" },
        { 3, RequirementKind.Knowledge, "3.4.1", "城乡居民医疗保险及城镇职工医疗保险待遇享受的条件、标准" },
        { 3, RequirementKind.Skill, "4.2.7", "能指导企业开展退休人员社会化管理服务，做好退休人员移交工作" },
        { 3, RequirementKind.Knowledge, "4.2.4", "本地区的养老护理员队伍建设情况" },
        { 3, RequirementKind.Skill, "5.1.3", "能够为服务对象讲清劳动争议仲裁的管辖与时效规定，讲清劳动争议仲裁的程序和要求" },
        { 3, RequirementKind.Knowledge, "5.1.3", "《劳动法》的基本原则" },
    };

    [Theory]
    [MemberData(nameof(SpotChecks))]
    public void Requirements_read_as_printed(int rank, RequirementKind kind, string code, string text)
    {
        var requirement = Standard.WorkRequirements.Find(SkillLevel.FromRank(rank), kind, code);

        requirement.Should().NotBeNull();
        requirement!.Text.Chinese.Should().Be(text);
        requirement.Kind.Should().Be(kind);
        requirement.Level.Rank.Should().Be(rank);
    }

    [Fact]
    public void Work_content_and_function_names_are_read_without_the_layout_spaces_of_the_table()
    {
        var four = Standard.WorkRequirements.ForLevel(SkillLevel.Level4)!;
        var three = Standard.WorkRequirements.ForLevel(SkillLevel.Level3)!;

        four.FindWorkContent("2.1")!.Name.Chinese.Should().Be("政策咨询服务", "the seed's 政 策 spreads a narrow cell, it is not a word break");
        four.FindWorkContent("2.3")!.Name.Chinese.Should().Be("职业培训服务");
        three.FindWorkContent("2.3")!.Name.Chinese.Should().Be("职业培训指导服务");
        three.FindWorkContent("2.4")!.Name.Chinese.Should().Be("创业指导服务");
        three.FindWorkContent("4.1")!.Name.Chinese.Should().Be("退休人员政策法规咨询服务");
        four.Functions.Select(f => f.Name.Chinese).Should().Equal("基层平台信息管理", "就业创业服务", "社会保险服务", "退休人员社会化服务", "劳动关系协调和维权");
    }

    private static IEnumerable<(string Path, string Chinese, string English)> Texts(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("zh", out var zh) && element.TryGetProperty("en", out var en))
            {
                yield return (path, zh.GetString()!, en.GetString()!);
                yield break;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var text in Texts(property.Value, $"{path}.{property.Name}"))
                {
                    yield return text;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var text in Texts(item, $"{path}[{i++}]"))
                {
                    yield return text;
                }
            }
        }
    }
}
