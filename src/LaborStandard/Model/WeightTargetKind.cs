namespace LaborStandard.Model;

/// <summary>The kind of part of the standard a weight row weighs.</summary>
public enum WeightTargetKind
{
    /// <summary>A section of the basic requirements (chapter 2), e.g. 2.1 for the 职业道德 row.</summary>
    BasicRequirements = 1,

    /// <summary>An occupational function of the work requirements (chapter 3), e.g. 2 for the 就业创业服务 row.</summary>
    Function = 2,
}
