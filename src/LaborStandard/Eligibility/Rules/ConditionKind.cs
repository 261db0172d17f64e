namespace LaborStandard.Eligibility.Rules;

/// <summary>The predicates a rule document may use. The set is closed: a document naming another is rejected.</summary>
public enum ConditionKind
{
    /// <summary>Any one of the conditions holds (具备以下条件之一者).</summary>
    AnyOf = 1,

    /// <summary>Every one of the conditions holds.</summary>
    AllOf = 2,

    /// <summary>Holds a certificate of a level of this occupation (取得本职业四级职业资格证书).</summary>
    Certificate = 3,

    /// <summary>Continuous service of N years (连续从事/工作 N 年以上).</summary>
    ContinuousService = 4,

    /// <summary>Cumulative service of N years (累计从事 N 年以上).</summary>
    CumulativeService = 5,

    /// <summary>Completed preparatory training reaching the standard hours, with a completion certificate (预备培训达规定标准学时数，并取得结业证书).</summary>
    PreparatoryTraining = 6,

    /// <summary>Education at least a level (具有大学专科及以上学历（含同等学力）).</summary>
    Education = 7,

    /// <summary>A student in the graduation school year (毕业学年的学生).</summary>
    GraduationYearStudent = 8,

    /// <summary>A graduate of a technician class (技师班毕业生).</summary>
    TechnicianClassGraduate = 9,
}
