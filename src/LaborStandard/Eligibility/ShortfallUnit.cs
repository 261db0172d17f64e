namespace LaborStandard.Eligibility;

/// <summary>What a <see cref="Shortfall"/> counts.</summary>
public enum ShortfallUnit
{
    /// <summary>Nothing to count: a fact is missing altogether (no certificate, no school).</summary>
    None = 0,

    /// <summary>Days of service.</summary>
    Days = 1,

    /// <summary>Standard training hours (标准学时).</summary>
    Hours = 2,

    /// <summary>Education levels (<see cref="EducationLevel"/> as a number).</summary>
    EducationLevel = 3,
}
