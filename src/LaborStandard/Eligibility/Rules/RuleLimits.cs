namespace LaborStandard.Eligibility.Rules;

/// <summary>
/// The bounds every rule set keeps, checked when its conditions are built (from a document or in code), so that no rule
/// set the library accepts can overflow the engine's arithmetic or make a decision slow: a rule set within them is
/// decided in microseconds per candidate (see the eligibility guide for the measured cost of the widest one).
/// </summary>
/// <remarks>A value outside them breaks <c>rule-range</c>; a tree too deep <c>rule-depth</c>; too many conditions <c>rule-size</c>.</remarks>
public static class RuleLimits
{
    /// <summary>The most years of service a condition may require: 50.</summary>
    public const int MaxYears = 50;

    /// <summary>The most standard training hours a condition may require: 10,000.</summary>
    public const int MaxTrainingHours = 10_000;

    /// <summary>The deepest nesting of combinations, counting the level's own condition as 1: 8.</summary>
    public const int MaxDepth = 8;

    /// <summary>The most conditions in one level's tree, combinations included: 256.</summary>
    public const int MaxConditions = 256;

    /// <summary>The longest item label or text of a condition, in characters: 2,000.</summary>
    public const int MaxTextLength = 2_000;
}
