using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Tests.Support;
using static LaborStandard.Tests.Eligibility.Candidates;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// The rule and record types a caller builds by hand: each refuses a bad value naming the member and the rule, compares
/// by value in every part, and reads well in a log.
/// </summary>
public class RuleTypesTest
{
    private static readonly LocalizedText Text = new("条件", "condition");

    private static CertificateSpec Spec(int level = 4, CertificateKind kind = CertificateKind.VocationalQualification, OccupationScope scope = OccupationScope.ThisOccupation)
        => new(SkillLevel.FromRank(level), [kind], scope);

    public static TheoryData<string, string, string> BadRules => new()
    {
        { "no kinds", "kinds", StandardRules.RuleConsistency },
        { "default kinds", "kinds", StandardRules.Required },
        { "undefined kind", "kinds[0]", StandardRules.UnknownValue },
        { "kind twice", "kinds[1]", StandardRules.CodeUnique },
        { "undefined certificate scope", "occupations", StandardRules.UnknownValue },
        { "undefined certificate level", "level", StandardRules.LevelDefined },
        { "no schools", "schools", StandardRules.RuleConsistency },
        { "default schools", "schools", StandardRules.Required },
        { "undefined school", "schools[0]", StandardRules.UnknownValue },
        { "school twice", "schools[1]", StandardRules.CodeUnique },
        { "undefined service scope", "occupations", StandardRules.UnknownValue },
        { "zero years", "years", StandardRules.RuleConsistency },
        { "undefined education", "minimum", StandardRules.UnknownValue },
        { "zero training hours", "requiredHours", StandardRules.RuleConsistency },
        { "undefined training level", "level", StandardRules.LevelDefined },
        { "no conditions", "conditions", StandardRules.RuleConsistency },
        { "default conditions", "conditions", StandardRules.Required },
        { "null certificate", "certificate", StandardRules.Required },
        { "blank item", "item", StandardRules.TextRequired },
        { "null text", "text", StandardRules.Required },
        { "bad clause", "clause", StandardRules.CodeFormat },
        { "undefined rule level", "level", StandardRules.LevelDefined },
        { "null rule condition", "condition", StandardRules.Required },
        { "no levels", "levels", StandardRules.Required },
        { "default levels", "levels", StandardRules.Required },
        { "level twice", "levels[1].level", StandardRules.LevelUnique },
        { "bad occupation", "occupationCode", StandardRules.CodeFormat },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public void A_bad_rule_is_refused_naming_the_member_and_the_rule_and_saying_in_chinese_what_is_wrong(string what, string member, string rule)
    {
        var thrown = Building(what).Should().Throw<ModelRuleException>().Which;

        thrown.Should().Match<ModelRuleException>(e => e.Member == member && e.Rule == rule, what);
        ChineseMessages.ShouldBeInChinese(thrown, what);
    }

    private static Action Building(string what)
    {
        var service = new ContinuousServiceCondition("1.9.1", "项", Text, 2, OccupationScope.ThisOccupation);
        return what switch
        {
            "no kinds" => () => _ = new CertificateSpec(SkillLevel.Level4, []),
            "default kinds" => () => _ = new CertificateSpec(SkillLevel.Level4, default),
            "undefined kind" => () => _ = new CertificateSpec(SkillLevel.Level4, [(CertificateKind)9]),
            "kind twice" => () => _ = new CertificateSpec(SkillLevel.Level4, [CertificateKind.SkillLevel, CertificateKind.SkillLevel]),
            "undefined certificate scope" => () => _ = Spec(scope: (OccupationScope)9),
            "undefined certificate level" => () => _ = new CertificateSpec(default, [CertificateKind.SkillLevel]),
            "no schools" => () => _ = new GraduationYearStudentCondition("1.9.1", "项", Text, []),
            "default schools" => () => _ = new TechnicianClassGraduateCondition("1.9.1", "项", Text, default),
            "undefined school" => () => _ = new GraduationYearStudentCondition("1.9.1", "项", Text, [(SchoolKind)9]),
            "school twice" => () => _ = new TechnicianClassGraduateCondition("1.9.1", "项", Text, [SchoolKind.TechnicalSchool, SchoolKind.TechnicalSchool]),
            "undefined service scope" => () => _ = new CumulativeServiceCondition("1.9.1", "项", Text, 2, (OccupationScope)9),
            "zero years" => () => _ = new ContinuousServiceCondition("1.9.1", "项", Text, 0, OccupationScope.ThisOccupation),
            "undefined education" => () => _ = new EducationCondition("1.9.1", "项", Text, (EducationLevel)0, true),
            "zero training hours" => () => _ = new PreparatoryTrainingCondition("1.9.1", "项", Text, SkillLevel.Level4, 0),
            "undefined training level" => () => _ = new PreparatoryTrainingCondition("1.9.1", "项", Text, default),
            "no conditions" => () => _ = new AnyOfCondition("1.9.1", "项", Text, []),
            "default conditions" => () => _ = new AllOfCondition("1.9.1", "项", Text, default),
            "null certificate" => () => _ = new CertificateCondition("1.9.1", "项", Text, null!),
            "blank item" => () => _ = new AnyOfCondition("1.9.1", " ", Text, [service]),
            "null text" => () => _ = new AnyOfCondition("1.9.1", "项", null!, [service]),
            "bad clause" => () => _ = new AnyOfCondition("1.9.x", "项", Text, [service]),
            "undefined rule level" => () => _ = new LevelRule(default, service),
            "null rule condition" => () => _ = new LevelRule(SkillLevel.Level4, null!),
            "no levels" => () => _ = new EligibilityRules("3-01-01-02", []),
            "default levels" => () => _ = new EligibilityRules("3-01-01-02", default),
            "level twice" => () => _ = new EligibilityRules("3-01-01-02", [new LevelRule(SkillLevel.Level4, service), new LevelRule(SkillLevel.Level4, service)]),
            "bad occupation" => () => _ = new EligibilityRules("3-01-0102", [new LevelRule(SkillLevel.Level4, service)]),
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, "no such case in this test"),
        };
    }

    [Fact]
    public void Bad_rules_say_why_in_words()
    {
        Detail(() => _ = new CertificateSpec(SkillLevel.Level4, [])).Should().Be("accepts no kind of certificate, so no certificate can ever count.");
        Detail(() => _ = new CertificateSpec(SkillLevel.Level4, [CertificateKind.SkillLevel, CertificateKind.SkillLevel])).Should().Be("SkillLevel is named twice.");
        Detail(() => _ = new GraduationYearStudentCondition("1.9.1", "项", Text, [])).Should().Be("accepts no kind of school, so the condition can never hold.");
        Detail(() => _ = new GraduationYearStudentCondition("1.9.1", "项", Text, [SchoolKind.VocationalSchool, SchoolKind.VocationalSchool])).Should().Be("VocationalSchool is named twice.");
        Detail(() => _ = new ContinuousServiceCondition("1.9.1", "项", Text, -1, OccupationScope.ThisOccupation)).Should().Be("must be at least 1, was -1.");
        Detail(() => _ = new EligibilityRules("3-01-01-02", [])).Should().Be("a rule set has at least one level.");
        Detail(() => _ = new AnyOfCondition("1.9.1", "项", Text, [])).Should().StartWith("is empty; a combination of no conditions");
        Detail(() => _ = new PreparatoryTrainingCondition("1.9.1", "项", Text, SkillLevel.Level4, -5)).Should().Contain("-5");
    }

    [Fact]
    public void Rules_compare_by_value_in_every_part()
    {
        EqualityContract.Holds(Spec(), Spec(), Spec(level: 3), Spec(kind: CertificateKind.SkillLevel), Spec(scope: OccupationScope.RelatedOccupations),
            new CertificateSpec(SkillLevel.Level4, [CertificateKind.VocationalQualification, CertificateKind.SkillLevel]));

        Condition Service(int years = 2, OccupationScope scope = OccupationScope.ThisOccupation, CertificateSpec? from = null, string item = "项", string clause = "1.9.1", string zh = "条件")
            => new ContinuousServiceCondition(clause, item, new LocalizedText(zh, "condition"), years, scope, from);
        EqualityContract.Holds(Service(), Service(), Service(years: 3), Service(scope: OccupationScope.RelatedOccupations), Service(from: Spec()),
            Service(item: "另一项"), Service(clause: "1.9.2"), Service(zh: "别的条件"),
            new CumulativeServiceCondition("1.9.1", "项", Text, 2, OccupationScope.ThisOccupation));

        EqualityContract.Holds<Condition>(
            new EducationCondition("1.9.1", "项", Text, EducationLevel.JuniorCollege, true),
            new EducationCondition("1.9.1", "项", Text, EducationLevel.JuniorCollege, true),
            new EducationCondition("1.9.1", "项", Text, EducationLevel.Bachelor, true),
            new EducationCondition("1.9.1", "项", Text, EducationLevel.JuniorCollege, false));
        EqualityContract.Holds<Condition>(
            new PreparatoryTrainingCondition("1.9.1", "项", Text, SkillLevel.Level4),
            new PreparatoryTrainingCondition("1.9.1", "项", Text, SkillLevel.Level4),
            new PreparatoryTrainingCondition("1.9.1", "项", Text, SkillLevel.Level3),
            new PreparatoryTrainingCondition("1.9.1", "项", Text, SkillLevel.Level4, 120));

        var rule = new LevelRule(SkillLevel.Level4, Service());
        EqualityContract.Holds(rule, new LevelRule(SkillLevel.Level4, Service()), new LevelRule(SkillLevel.Level3, Service()), new LevelRule(SkillLevel.Level4, Service(years: 3)));
        EqualityContract.Holds(
            new EligibilityRules("3-01-01-02", [rule]),
            new EligibilityRules("3-01-01-02", [new LevelRule(SkillLevel.Level4, Service())]),
            new EligibilityRules("3-01-01-03", [rule]),
            new EligibilityRules("3-01-01-02", [new LevelRule(SkillLevel.Level3, Service())]));
    }

    [Fact]
    public void Rules_read_well_in_a_log()
    {
        var rules = Standards.EmbeddedRules;

        rules.ToString().Should().Be("3-01-01-02: 四级/中级工, 三级/高级工");
        rules.Levels[0].ToString().Should().Be("四级/中级工: 1.9.1 四级");
        rules.Levels[0].Condition.Citation.Should().Be("1.9.1 四级");
        rules.Levels[0].Condition.ToString().Should().StartWith("1.9.1 四级 AnyOf: 具备以下条件之一者");
        Spec().ToString().Should().Be("四级/中级工 VocationalQualification ThisOccupation");
        rules.Find(SkillLevel.Level3)!.Level.Should().Be(SkillLevel.Level3);
        rules.Find(SkillLevel.Level2).Should().BeNull();
    }

    [Fact]
    public void Records_compare_by_value_in_every_part_and_read_well()
    {
        var certificate = Cert(4, "2021-06-30");
        EqualityContract.Holds(certificate, Cert(4, "2021-06-30"), Cert(3, "2021-06-30"), Cert(4, "2021-07-01"), Cert(4, "2021-06-30", CertificateKind.SkillLevel), Cert(4, "2021-06-30", occupation: "4-07-03-02"));

        var education = new EducationRecord(EducationLevel.Bachelor, true, D("2019-07-01"));
        EqualityContract.Holds(education, new EducationRecord(EducationLevel.Bachelor, true, D("2019-07-01")),
            new EducationRecord(EducationLevel.Master, true, D("2019-07-01")), new EducationRecord(EducationLevel.Bachelor, false, D("2019-07-01")), new EducationRecord(EducationLevel.Bachelor, true));
        education.ToString().Should().Be("Bachelor (同等学力) 2019-07-01");
        new EducationRecord(EducationLevel.JuniorCollege).ToString().Should().Be("JuniorCollege");

        var school = new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.TechnicianClass, D("2020-07-01"), true);
        EqualityContract.Holds(school, new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.TechnicianClass, D("2020-07-01"), true),
            new SchoolRecord(SchoolKind.VocationalSchool, SchoolProgramme.TechnicianClass, D("2020-07-01"), true),
            new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.Regular, D("2020-07-01"), true),
            new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.TechnicianClass, D("2020-07-02"), true),
            new SchoolRecord(SchoolKind.TechnicalSchool, SchoolProgramme.TechnicianClass, D("2020-07-01"), false));
        school.ToString().Should().Be("TechnicalSchool TechnicianClass graduated 2020-07-01");
        new SchoolRecord(SchoolKind.VocationalSchool, SchoolProgramme.Regular, D("2027-07-01"), false).ToString().Should().Be("VocationalSchool Regular expected 2027-07-01");

        var training = Training(3, 80, "2022-12-20");
        EqualityContract.Holds(training, Training(3, 80, "2022-12-20"), Training(4, 80, "2022-12-20"), Training(3, 79.5m, "2022-12-20"), Training(3, 80, "2022-12-21"), Training(3, 80, null), Training(3, 80, "2022-12-20", "4-07-03-02"));
        training.ToString().Should().Be("3-01-01-02 三级/高级工 80h 2022-12-20");
        Training(4, 60, null).ToString().Should().Be("3-01-01-02 四级/中级工 60h no certificate");

        var work = Work("2020-01-01", "2021-12-31");
        EqualityContract.Holds(work, Work("2020-01-01", "2021-12-31"), Work("2020-01-02", "2021-12-31"), Work("2020-01-01", "2021-12-30"), Work("2020-01-01"), Work("2020-01-01", "2021-12-31", "4-07-03-02"));
        work.ToString().Should().Be("3-01-01-02 2020-01-01..2021-12-31");
        Work("2020-01-01").ToString().Should().Be("3-01-01-02 2020-01-01..ongoing");
        Work("2020-01-01").IsOngoing.Should().BeTrue();
        work.IsOngoing.Should().BeFalse();
    }

    [Fact]
    public void Bad_records_are_refused_naming_the_member()
    {
        Member(() => _ = new Certificate("3-01-0102", SkillLevel.Level4, CertificateKind.SkillLevel, D("2020-01-01"))).Should().Be("occupationCode");
        Member(() => _ = new Certificate("3-01-01-02", SkillLevel.Level4, (CertificateKind)9, D("2020-01-01"))).Should().Be("kind");
        Member(() => _ = new TrainingRecord("3-01-0102", SkillLevel.Level4, 10, null)).Should().Be("occupationCode");
        Member(() => _ = new TrainingRecord("3-01-01-02", default, 10, null)).Should().Be("level");
        Member(() => _ = new SchoolRecord((SchoolKind)9, SchoolProgramme.Regular, D("2020-07-01"), true)).Should().Be("kind");
        Member(() => _ = new SchoolRecord(SchoolKind.TechnicalSchool, (SchoolProgramme)9, D("2020-07-01"), true)).Should().Be("programme");
        new TrainingRecord("3-01-01-02", SkillLevel.Level4, 0, null).HoursCompleted.Should().Be(0);
        new EligibilityOptions(gapToleranceDays: 0).GapToleranceDays.Should().Be(0);
        Member(() => _ = new EligibilityOptions(gapToleranceDays: -1)).Should().Be("gapToleranceDays");
    }

    [Fact]
    public void Options_read_well_and_keep_every_related_occupation()
    {
        var options = new EligibilityOptions(["4-07-03-02", "3-01-01-01", "4-07-03-02"], 3);

        options.RelatedOccupations.Should().BeEquivalentTo(["3-01-01-01", "4-07-03-02"]);
        options.ToString().Should().Be("related: 3-01-01-01, 4-07-03-02; gap tolerance: 3 days, bridged days not counted");
        new EligibilityOptions(gapToleranceDays: 3, countBridgedDays: true).ToString().Should().Be("related: none; gap tolerance: 3 days, bridged days counted");
        new EligibilityOptions().ToString().Should().Be("related: none; gap tolerance: 0 days");
    }

    private static string Detail(Action build) => build.Should().Throw<ModelRuleException>().Which.Detail;

    private static string Member(Action build) => build.Should().Throw<ModelRuleException>().Which.Member;
}
