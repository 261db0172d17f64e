namespace LaborStandard.Eligibility;

/// <summary>The three-valued truth of a condition: it holds, it does not, or a fact it needs is unknown.</summary>
public enum Truth : byte
{
    /// <summary>The condition does not hold on the facts given.</summary>
    False = 0,

    /// <summary>A fact the condition needs is unknown and what is known does not decide it.</summary>
    Unknown = 1,

    /// <summary>The condition holds.</summary>
    True = 2,
}
