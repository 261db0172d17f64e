using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets.Tests.Support;

namespace LaborStandard.Spreadsheets.Tests.Layout;

/// <summary>The office layout: continuation rows, every group of facts, missing facts, values in Chinese or English, the column map, and messages.</summary>
public class OfficeLayoutTest
{
    private const string Full = "编号,学历,同等学力,相关职业编码,工作职业编码,工作开始日期,工作结束日期,证书职业编码,证书等级,证书类别,发证日期,培训职业编码,培训等级,培训学时,结业证书日期,院校类型,班别,毕业日期,毕业状态";

    [Fact]
    public void A_candidate_over_several_rows_gathers_an_entry_of_each_group_from_each_row()
    {
        var records = Tables.Read(
            Full + "\n"
            + "M-1,大专,否,4-07-99-00、4-01-02-03,3-01-01-02,2018-03-01,2020-02-29,3-01-01-02,中级工,职业资格证书,2019-06-30,3-01-01-02,高级,80.5,2025-01-10,技师学院,技师班,2017-06-30,已毕业\n"
            + "M-1,,,,4-07-99-00,2020-03-01,,3-01-01-02,3,skill level,2024-06-30,,,,,职业院校,,2027-06-30,在读\n");

        var candidate = records.Single().Candidate!;
        candidate.Education.Should().Be(new EducationRecord(EducationLevel.JuniorCollege));
        candidate.RelatedOccupations.Should().Equal("4-07-99-00", "4-01-02-03");
        candidate.WorkHistory.Should().Equal(new WorkPeriod("3-01-01-02", new(2018, 3, 1), new(2020, 2, 29)), new WorkPeriod("4-07-99-00", new(2020, 3, 1)));
        candidate.Certificates.Should().Equal(
            new Certificate("3-01-01-02", SkillLevel.Level4, CertificateKind.VocationalQualification, new(2019, 6, 30)),
            new Certificate("3-01-01-02", SkillLevel.Level3, CertificateKind.SkillLevel, new(2024, 6, 30)));
        candidate.Trainings.Should().Equal(new TrainingRecord("3-01-01-02", SkillLevel.Level3, 80.5m, new(2025, 1, 10)));
        candidate.Schooling.Should().Equal(
            new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.TechnicianClass, new(2017, 6, 30), hasGraduated: true),
            new SchoolRecord(SchoolKind.VocationalSchool, SchoolProgramme.Regular, new(2027, 6, 30), hasGraduated: false));
        candidate.UnknownFacts.Should().Be(CandidateFacts.None);
    }

    [Fact]
    public void Groups_whose_columns_are_absent_are_unknown_and_blank_cells_are_known_and_empty()
    {
        var records = Tables.Read("编号,学历,工作职业编码,工作开始日期\nK-1,,,\nK-2,本科,,\n");

        records[0].Candidate!.UnknownFacts.Should().Be(CandidateFacts.Education | CandidateFacts.Certificates | CandidateFacts.Trainings | CandidateFacts.Schooling);
        records[0].Candidate!.RelatedOccupationsGiven.Should().BeFalse("no column: the run's related occupations apply");
        records[1].Candidate!.Knows(CandidateFacts.WorkHistory).Should().BeTrue();
        records[1].Candidate!.WorkHistory.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_graduation_status_column_a_graduation_date_counts_as_graduated()
    {
        var school = Tables.Read("编号,院校类型,毕业日期\nG-1,技工学校,2026-06-30\n").Single().Candidate!.Schooling.Single();

        school.Should().Be(new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.Regular, new(2026, 6, 30), hasGraduated: true));
    }

    [Theory]
    [InlineData("Bachelor", EducationLevel.Bachelor)]
    [InlineData("大学本科", EducationLevel.Bachelor)]
    [InlineData("高职(专科)", EducationLevel.JuniorCollege)]
    [InlineData("高职（专科）", EducationLevel.JuniorCollege)]
    [InlineData(" 中技 ", EducationLevel.SeniorSecondary)]
    [InlineData("研究生", EducationLevel.Master)]
    [InlineData("Ｄｏｃｔｏｒａｔｅ", EducationLevel.Doctorate)]
    [InlineData("初中", EducationLevel.JuniorMiddleSchool)]
    public void Education_is_read_in_Chinese_or_English_ignoring_width_case_and_spaces(string cell, EducationLevel level)
    {
        Tables.Read($"编号,学历\nV-1,{cell}\n").Single().Candidate!.Education!.Level.Should().Be(level);
    }

    [Theory]
    [InlineData("五级", 5)]
    [InlineData("初级工", 5)]
    [InlineData("四级/中级工", 4)]
    [InlineData("中级", 4)]
    [InlineData("４", 4)]
    [InlineData("level 3", 3)]
    [InlineData("高级技师", 1)]
    public void Levels_are_read_by_rank_name_grade_or_number(string cell, int rank)
    {
        var certificate = Tables.Read($"编号,证书职业编码,证书等级,证书类别,发证日期\nL-1,3-01-01-02,{cell},职业技能等级证书,2020-01-01\n").Single().Candidate!.Certificates.Single();

        certificate.Level.Should().Be(SkillLevel.FromRank(rank));
    }

    [Fact]
    public void An_unknown_value_names_line_column_value_and_what_is_accepted_in_both_languages()
    {
        var error = Tables.Read("编号,学历\nW-1,小学\n").Single().Errors.Single();

        error.Should().BeEquivalentTo(new { Path = "$.education.level", Rule = TableRules.UnknownValue, Line = 2L, Column = "学历", Value = "小学" });
        error.Message.Chinese.Should().Contain("本科").And.Contain("大专");
        error.Message.English.Should().Contain("bachelor");
        error.ToString(CultureInfo.GetCultureInfo("zh-CN")).Should().StartWith("$.education.level（第 2 行，列「学历」），值「小学」：不是可识别的值");
    }

    [Fact]
    public void An_entry_missing_a_cell_it_needs_names_the_cell_or_the_missing_column()
    {
        var records = Tables.Read("编号,工作开始日期,证书职业编码,证书等级,证书类别,发证日期\nQ-1,2020-01-01,,,,\nQ-2,,3-01-01-02,四级,,2020-01-01\n");

        Tables.Outcomes(records).Should().Equal("2 Q-1 table-required@$.work[0].occupationCode", "3 Q-2 table-required@证书类别");
        records[0].Errors.Single().Message.Chinese.Should().Contain("工作职业编码");
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_and_a_malformed_code_are_errors_of_their_cells()
    {
        var records = Tables.Read("编号,工作职业编码,工作开始日期,工作结束日期,相关职业编码\nO-1,3-01-01-02,2021-01-01,2020-01-01,\nO-2,30101-02,2021-01-01,,\nO-3,3-01-01-02,2021-01-01,,3-01-01-02；4-07\n");

        Tables.Outcomes(records).Should().Equal("2 O-1 date-order@工作结束日期", "3 O-2 code-format@工作职业编码", "4 O-3 code-format@相关职业编码");
    }

    [Fact]
    public void A_column_map_names_other_headers_and_wins_over_the_readers_names()
    {
        var map = ColumnMap.Parse("# 本校报名表\n报考人编码 = 编号\n文化水平 = education\n\n序号 = 学历取得日期\n");

        var records = Tables.Read("序号,报考人编码,文化水平\n2016-07-01,C-9,本科\n", new CandidateTableOptions { Columns = map });

        records.Single().Candidate.Should().BeEquivalentTo(new { Id = "C-9", Education = new EducationRecord(EducationLevel.Bachelor, false, new DateOnly(2016, 7, 1)) });
    }

    [Fact]
    public void A_column_map_is_read_strictly_with_every_bad_line_named()
    {
        var parse = () => ColumnMap.Parse("报考人编码 = 编号\n没有等号\n文化水平 = 学位\n报考人编码 = id\n = 学历\n");

        var errors = parse.Should().Throw<DocumentException>().Which.Errors;
        errors.Select(e => (e.Line, e.Rule)).Should().Equal((2L, TableRules.ColumnMap), (3L, TableRules.ColumnMap), (4L, TableRules.ColumnMap), (5L, TableRules.ColumnMap));
        errors[2].Message.Chinese.Should().Contain("第 1 行");
    }

    [Fact]
    public void Two_columns_for_one_field_take_the_preferred_name_and_two_equal_names_are_an_error()
    {
        using var reader = CandidateTableReader.Open(new MemoryStream("序号,报名号,学历\n1,B-7,本科\n"u8.ToArray()));

        var columns = reader.ReadHeader();

        columns.Recognised.Select(c => c.Header).Should().Equal("报名号", "学历");
        columns.Ignored.Should().Equal("序号");
        reader.ReadRecords().Single().CandidateId.Should().Be("B-7");
        var twice = () => Tables.Read("编号,学历,ＩＤ,学历\nA,本科,A,本科\n");
        twice.Should().Throw<DocumentException>().Which.Errors.Should().ContainSingle(e => e.Rule == TableRules.Header && e.Column == "学历");
    }

    [Fact]
    public void A_table_without_a_header_in_its_first_rows_is_a_clear_error()
    {
        var read = () => Tables.Read("姓名,电话\n测试甲,1\n");

        read.Should().Throw<DocumentException>().Which.Errors.Single().Rule.Should().Be(TableRules.Header);
    }

    [Fact]
    public void No_message_holds_a_type_name_a_raw_control_character_or_English_in_its_Chinese()
    {
        var records = Tables.Read(Full + "\nX-1,博士后,也许,x,3-01-01-02,2020-13-01,\u0007,3-01-01-02,六级,学位证,昨天,3-01-01-02,四级,很多,?,大学,实验班,明年,毕业了\nX-1,本科,\"a\"b,,,,,,,,,,,,,,,,\n");

        var errors = records.SelectMany(r => r.Errors).ToList();
        errors.Should().HaveCountGreaterThan(10);
        foreach (var error in errors)
        {
            var chinese = error.ToString(CultureInfo.GetCultureInfo("zh-CN"));
            chinese.Should().NotContainAny("System.", "Nullable", "Exception", "\u0007");
            error.Message.Chinese.Should().NotMatchRegex(@"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}", "an English sentence has no place in a Chinese message");
            error.ToString(CultureInfo.InvariantCulture).Should().NotContain("\u0007");
        }
    }
}
