namespace LaborStandard.Eligibility;

/// <summary>Whether a candidate may apply for a level (申报), as of a date.</summary>
public enum Verdict : byte
{
    /// <summary>No alternative of the application conditions holds.</summary>
    NotEligible = 0,

    /// <summary>No alternative holds on what is known, and one depends on a fact that is unknown.</summary>
    Indeterminate = 1,

    /// <summary>At least one alternative holds.</summary>
    Eligible = 2,
}
