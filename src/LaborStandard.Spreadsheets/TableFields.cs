using System.Collections.Frozen;
using LaborStandard.Spreadsheets.Layout;

namespace LaborStandard.Spreadsheets;

/// <summary>
/// The header names of each <see cref="TableField"/>: its Chinese name, its English name, then the aliases people use,
/// in order of preference. Header matching ignores surrounding and inner spaces, full-width and half-width forms, case,
/// and the marks <c>*</c> and <c>:</c> (<c>编号*</c>, <c>ＩＤ</c>, <c>Candidate Id</c> all name <see cref="TableField.Id"/>).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class TableFields
{
    private static readonly (TableField Field, string[] Names)[] Office =
    [
        (TableField.Id, ["编号", "id", "报名号", "申报编号", "报名编号", "考生编号", "人员编号", "candidateId", "序号", "no", "number"]),
        (TableField.Education, ["学历", "education", "文化程度", "最高学历", "学历层次", "educationLevel"]),
        (TableField.EducationObtainedOn, ["学历取得日期", "educationObtainedOn", "学历取得时间", "学历获得日期", "取得学历日期", "educationDate"]),
        (TableField.Equivalent, ["同等学力", "equivalent", "是否同等学力", "educationEquivalent"]),
        (TableField.RelatedOccupations, ["相关职业编码", "relatedOccupations", "相关职业", "相关职业代码", "related"]),
        (TableField.WorkOccupationCode, ["工作职业编码", "workOccupationCode", "从事职业编码", "工作职业代码", "workCode"]),
        (TableField.WorkFrom, ["工作开始日期", "workFrom", "参加工作时间", "参加工作日期", "工作开始时间", "工作起始日期", "开始工作时间", "从业开始时间", "workStart"]),
        (TableField.WorkTo, ["工作结束日期", "workTo", "工作结束时间", "工作截止日期", "离职日期", "workEnd"]),
        (TableField.CertificateOccupationCode, ["证书职业编码", "certificateOccupationCode", "证书职业代码", "certificateCode"]),
        (TableField.CertificateLevel, ["证书等级", "certificateLevel", "证书级别", "原证书等级", "已取得证书等级"]),
        (TableField.CertificateKind, ["证书类别", "certificateKind", "证书类型", "证书种类"]),
        (TableField.CertificateIssuedOn, ["发证日期", "certificateIssuedOn", "发证时间", "证书发证日期", "取证日期", "取证时间", "issuedOn"]),
        (TableField.TrainingOccupationCode, ["培训职业编码", "trainingOccupationCode", "培训职业代码", "trainingCode"]),
        (TableField.TrainingLevel, ["培训等级", "trainingLevel", "培训级别"]),
        (TableField.TrainingHours, ["培训学时", "trainingHours", "学时", "培训课时", "标准学时", "hours"]),
        (TableField.TrainingCompletedOn, ["结业证书日期", "completionCertificateOn", "结业日期", "结业时间", "结业证书发证日期", "trainingCompletedOn"]),
        (TableField.SchoolKind, ["院校类型", "schoolKind", "学校类型", "院校类别"]),
        (TableField.SchoolProgramme, ["班别", "programme", "班级类型", "班型", "schoolProgramme", "program"]),
        (TableField.GraduationDate, ["毕业日期", "graduationDate", "毕业时间", "预计毕业日期", "毕业(预计)日期"]),
        (TableField.Graduated, ["毕业状态", "graduated", "是否毕业", "已毕业", "graduationStatus"]),
    ];

    private static readonly (TableField Field, string Name)[] Legacy =
    [
        (TableField.Id, "id"),
        (TableField.Education, "education"),
        (TableField.Equivalent, "equivalent"),
        (TableField.EducationObtainedOn, "educationObtainedOn"),
        (TableField.WorkEntries, "work"),
        (TableField.CertificateEntries, "certificates"),
        (TableField.TrainingEntries, "trainings"),
        (TableField.SchoolEntries, "schooling"),
        (TableField.UnknownFacts, "unknown"),
    ];

    /// <summary>Folded header → field and preference (0 is the field's own name).</summary>
    private static readonly FrozenDictionary<string, (TableField Field, int Preference)> ByName = CreateIndex();

    /// <summary>Folded legacy header → field.</summary>
    private static readonly FrozenDictionary<string, TableField> LegacyByName
        = Legacy.ToFrozenDictionary(l => TextFold.Folded(l.Name, dropSpaces: true), l => l.Field, StringComparer.Ordinal);

    /// <summary>Gets the column names of the tool's own CSV dialect, in their documented order.</summary>
    public static IReadOnlyList<string> LegacyNames { get; } = [.. Legacy.Select(l => l.Name)];

    /// <summary>Gets the names of a field: Chinese, English, then the aliases in order of preference.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The names; empty for a field of the tool's own CSV dialect only.</returns>
    public static IReadOnlyList<string> NamesOf(TableField field)
    {
        foreach (var (f, names) in Office)
        {
            if (f == field)
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>The fields of the office layout, in documented order.</summary>
    internal static IEnumerable<TableField> OfficeFields => Office.Select(o => o.Field);

    /// <summary>The field a header names in the office layout, and how preferred that name is (0: the field's own name).</summary>
    /// <param name="folded">The header, folded as headers are (<see cref="Fold"/>).</param>
    /// <param name="field">The field.</param>
    /// <param name="preference">The rank of the name among the field's names.</param>
    /// <returns>Whether the header names a field.</returns>
    internal static bool TryFind(string folded, out TableField field, out int preference)
    {
        if (ByName.TryGetValue(folded, out var found))
        {
            (field, preference) = found;
            return true;
        }

        field = default;
        preference = 0;
        return false;
    }

    /// <summary>The field a header names in the tool's own CSV dialect.</summary>
    /// <param name="folded">The folded header.</param>
    /// <param name="field">The field.</param>
    /// <returns>Whether it names one.</returns>
    internal static bool TryFindLegacy(string folded, out TableField field) => LegacyByName.TryGetValue(folded, out field);

    /// <summary>The documented name of a legacy field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Its name, as the dialect's header writes it.</returns>
    internal static string LegacyName(TableField field)
    {
        foreach (var (f, name) in Legacy)
        {
            if (f == field)
            {
                return name;
            }
        }

        return field.ToString();
    }

    /// <summary>A header as it is compared.</summary>
    /// <param name="header">The header as written.</param>
    /// <returns>The folded header.</returns>
    internal static string Fold(ReadOnlySpan<char> header) => TextFold.Folded(header, dropSpaces: true);

    private static FrozenDictionary<string, (TableField, int)> CreateIndex()
    {
        var index = new Dictionary<string, (TableField, int)>(StringComparer.Ordinal);
        foreach (var (field, names) in Office)
        {
            for (var i = 0; i < names.Length; i++)
            {
                index.Add(Fold(names[i]), (field, i));
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
