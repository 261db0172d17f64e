using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Spreadsheets.Layout;

/// <summary>The values a candidate table may give, in Chinese or English, and how cells are read into them.</summary>
internal static class CellValues
{
    public static readonly NameTable<EducationLevel> Education = new(
        [
            ("初中", EducationLevel.JuniorMiddleSchool), ("初级中学", EducationLevel.JuniorMiddleSchool), ("juniorMiddleSchool", EducationLevel.JuniorMiddleSchool), ("junior middle school", EducationLevel.JuniorMiddleSchool), ("junior high school", EducationLevel.JuniorMiddleSchool),
            ("高中", EducationLevel.SeniorSecondary), ("中专", EducationLevel.SeniorSecondary), ("技校", EducationLevel.SeniorSecondary), ("职高", EducationLevel.SeniorSecondary), ("中技", EducationLevel.SeniorSecondary),
            ("普通高中", EducationLevel.SeniorSecondary), ("高级中学", EducationLevel.SeniorSecondary), ("中等专业学校", EducationLevel.SeniorSecondary), ("技工学校", EducationLevel.SeniorSecondary), ("职业高中", EducationLevel.SeniorSecondary), ("中职", EducationLevel.SeniorSecondary),
            ("高中/中专/技校", EducationLevel.SeniorSecondary), ("seniorSecondary", EducationLevel.SeniorSecondary), ("senior secondary", EducationLevel.SeniorSecondary), ("high school", EducationLevel.SeniorSecondary), ("senior high school", EducationLevel.SeniorSecondary),
            ("大专", EducationLevel.JuniorCollege), ("专科", EducationLevel.JuniorCollege), ("大学专科", EducationLevel.JuniorCollege), ("高职", EducationLevel.JuniorCollege), ("高职(专科)", EducationLevel.JuniorCollege), ("高职专科", EducationLevel.JuniorCollege),
            ("juniorCollege", EducationLevel.JuniorCollege), ("junior college", EducationLevel.JuniorCollege), ("associate", EducationLevel.JuniorCollege), ("college", EducationLevel.JuniorCollege),
            ("本科", EducationLevel.Bachelor), ("大学本科", EducationLevel.Bachelor), ("学士", EducationLevel.Bachelor), ("bachelor", EducationLevel.Bachelor), ("undergraduate", EducationLevel.Bachelor),
            ("硕士", EducationLevel.Master), ("研究生", EducationLevel.Master), ("硕士研究生", EducationLevel.Master), ("master", EducationLevel.Master),
            ("博士", EducationLevel.Doctorate), ("博士研究生", EducationLevel.Doctorate), ("doctorate", EducationLevel.Doctorate), ("doctor", EducationLevel.Doctorate),
        ],
        new("初中、高中（中专、技校、职高、中技）、大专（专科、高职）、本科、硕士（研究生）、博士", "junior middle school, senior secondary (high school), junior college, bachelor, master, doctorate"));

    public static readonly NameTable<SkillLevel> Level = new(
        [
            ("5", SkillLevel.Level5), ("五级", SkillLevel.Level5), ("初级工", SkillLevel.Level5), ("初级", SkillLevel.Level5), ("五级/初级工", SkillLevel.Level5), ("level 5", SkillLevel.Level5), ("L5", SkillLevel.Level5), ("junior worker", SkillLevel.Level5),
            ("4", SkillLevel.Level4), ("四级", SkillLevel.Level4), ("中级工", SkillLevel.Level4), ("中级", SkillLevel.Level4), ("四级/中级工", SkillLevel.Level4), ("level 4", SkillLevel.Level4), ("L4", SkillLevel.Level4), ("intermediate worker", SkillLevel.Level4),
            ("3", SkillLevel.Level3), ("三级", SkillLevel.Level3), ("高级工", SkillLevel.Level3), ("高级", SkillLevel.Level3), ("三级/高级工", SkillLevel.Level3), ("level 3", SkillLevel.Level3), ("L3", SkillLevel.Level3), ("senior worker", SkillLevel.Level3),
            ("2", SkillLevel.Level2), ("二级", SkillLevel.Level2), ("技师", SkillLevel.Level2), ("二级/技师", SkillLevel.Level2), ("level 2", SkillLevel.Level2), ("L2", SkillLevel.Level2), ("technician", SkillLevel.Level2),
            ("1", SkillLevel.Level1), ("一级", SkillLevel.Level1), ("高级技师", SkillLevel.Level1), ("一级/高级技师", SkillLevel.Level1), ("level 1", SkillLevel.Level1), ("L1", SkillLevel.Level1), ("senior technician", SkillLevel.Level1),
        ],
        new("五级（初级工、5）、四级（中级工、中级、4）、三级（高级工、高级、3）、二级（技师、2）、一级（高级技师、1）", "5 to 1, level 4, 四级, 中级工, 四级/中级工"));

    public static readonly NameTable<CertificateKind> CertificateKind = new(
        [
            ("职业资格证书", Eligibility.Rules.CertificateKind.VocationalQualification), ("职业资格", Eligibility.Rules.CertificateKind.VocationalQualification), ("资格证书", Eligibility.Rules.CertificateKind.VocationalQualification), ("职业资格证", Eligibility.Rules.CertificateKind.VocationalQualification),
            ("vocationalQualification", Eligibility.Rules.CertificateKind.VocationalQualification), ("vocational qualification", Eligibility.Rules.CertificateKind.VocationalQualification), ("qualification", Eligibility.Rules.CertificateKind.VocationalQualification),
            ("职业技能等级证书", Eligibility.Rules.CertificateKind.SkillLevel), ("职业技能等级", Eligibility.Rules.CertificateKind.SkillLevel), ("技能等级证书", Eligibility.Rules.CertificateKind.SkillLevel), ("等级证书", Eligibility.Rules.CertificateKind.SkillLevel), ("技能等级", Eligibility.Rules.CertificateKind.SkillLevel),
            ("skillLevel", Eligibility.Rules.CertificateKind.SkillLevel), ("skill level", Eligibility.Rules.CertificateKind.SkillLevel), ("skill level certificate", Eligibility.Rules.CertificateKind.SkillLevel),
        ],
        new("职业资格证书（职业资格）、职业技能等级证书（技能等级证书、等级证书）", "vocational qualification, skill level"));

    public static readonly NameTable<SchoolKind> SchoolKind = new(
        [
            ("技工院校", Eligibility.Rules.SchoolKind.TechnicalSchool), ("技工学校", Eligibility.Rules.SchoolKind.TechnicalSchool), ("高级技工学校", Eligibility.Rules.SchoolKind.TechnicalSchool), ("技师学院", Eligibility.Rules.SchoolKind.TechnicalSchool), ("技校", Eligibility.Rules.SchoolKind.TechnicalSchool),
            ("technicalSchool", Eligibility.Rules.SchoolKind.TechnicalSchool), ("technical school", Eligibility.Rules.SchoolKind.TechnicalSchool),
            ("职业院校", Eligibility.Rules.SchoolKind.VocationalSchool), ("职业学校", Eligibility.Rules.SchoolKind.VocationalSchool), ("职业学院", Eligibility.Rules.SchoolKind.VocationalSchool), ("职业技术学院", Eligibility.Rules.SchoolKind.VocationalSchool), ("中等职业学校", Eligibility.Rules.SchoolKind.VocationalSchool), ("高等职业院校", Eligibility.Rules.SchoolKind.VocationalSchool),
            ("vocationalSchool", Eligibility.Rules.SchoolKind.VocationalSchool), ("vocational school", Eligibility.Rules.SchoolKind.VocationalSchool),
        ],
        new("技工院校（技工学校、高级技工学校、技师学院）、职业院校（职业学校、职业技术学院）", "technical school, vocational school"));

    public static readonly NameTable<SchoolProgramme> Programme = new(
        [
            ("普通班", SchoolProgramme.Regular), ("普通", SchoolProgramme.Regular), ("regular", SchoolProgramme.Regular),
            ("技师班", SchoolProgramme.TechnicianClass), ("technicianClass", SchoolProgramme.TechnicianClass), ("technician class", SchoolProgramme.TechnicianClass),
        ],
        new("普通班、技师班（空白即普通班）", "regular, technician class (blank means regular)"));

    public static readonly NameTable<bool> YesNo = new(
        [
            ("是", true), ("否", false), ("y", true), ("n", false), ("yes", true), ("no", false), ("true", true), ("false", false), ("1", true), ("0", false),
        ],
        new("是、否（Y/N、true/false）", "yes, no (是/否, Y/N, true/false)"));

    public static readonly NameTable<bool> Graduated = new(
        [
            ("已毕业", true), ("毕业", true), ("是", true), ("在读", false), ("未毕业", false), ("否", false), ("应届", false), ("应届生", false), ("在校", false),
            ("graduated", true), ("yes", true), ("y", true), ("true", true), ("expected", false), ("enrolled", false), ("no", false), ("n", false), ("false", false),
        ],
        new("已毕业（是）、在读（未毕业、应届、否）", "graduated, enrolled (expected)"));

    /// <summary>Reads the standard hours of a training: a number with an optional decimal part, at least zero.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="hours">The hours.</param>
    /// <returns>Whether the cell is such a number.</returns>
    public static bool TryHours(ReadOnlySpan<char> text, out decimal hours)
    {
        Span<char> buffer = stackalloc char[32];
        if (text.Length > buffer.Length)
        {
            hours = 0;
            return false;
        }

        var folded = buffer[..TextFold.FoldInto(text, buffer, dropSpaces: true)];
        return decimal.TryParse(folded, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out hours);
    }

    /// <summary>Whether a text is an occupation code of the national classification, <c>3-01-01-02</c>, after folding full-width forms.</summary>
    /// <param name="text">The cell, trimmed.</param>
    /// <param name="folded">Where to write the folded code (10 characters).</param>
    /// <returns>Whether it is a code.</returns>
    public static bool TryCode(ReadOnlySpan<char> text, Span<char> folded)
    {
        if (text.Length != 10)
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            var c = TextFold.Fold(text[i]);
            if (c == '\u2212' || c == '\u2010' || c == '\u2013')
            {
                c = '-';
            }

            var ok = i is 1 or 4 or 7 ? c == '-' : c is >= '0' and <= '9';
            if (!ok)
            {
                return false;
            }

            folded[i] = c;
        }

        return true;
    }
}
