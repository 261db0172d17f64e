using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// What is missing for a condition to hold, in numbers: e.g. continuous work in this occupation, 1 year 3 months of
/// 2 years (<see cref="Actual"/> 457 of <see cref="Required"/> 730 days).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Shortfall
{
    internal Shortfall(ShortfallUnit unit, decimal required, decimal actual, LocalizedText message)
    {
        Unit = unit;
        Required = required;
        Actual = actual;
        Message = message;
    }

    /// <summary>Gets what is counted.</summary>
    public ShortfallUnit Unit { get; }

    /// <summary>Gets how much the condition requires (0 when <see cref="Unit"/> is <see cref="ShortfallUnit.None"/>).</summary>
    public decimal Required { get; }

    /// <summary>Gets how much the candidate has.</summary>
    public decimal Actual { get; }

    /// <summary>Gets how much is missing: <see cref="Required"/> minus <see cref="Actual"/>, not below zero.</summary>
    public decimal Missing => Math.Max(0, Required - Actual);

    /// <summary>Gets what is missing in words, e.g. 在本职业连续工作：已满 1 年 3 个月，需 2 年.</summary>
    public LocalizedText Message { get; }

    /// <summary>Returns the message in English.</summary>
    /// <returns>For example "continuous work in this occupation: 1 year 3 months of 2 years".</returns>
    public override string ToString() => Message.English;

    internal static string Number(decimal value)
        => !decimal.IsNegative(value) && decimal.IsInteger(value) && value <= long.MaxValue
            ? ((long)value).ToString(CultureInfo.InvariantCulture) // what "0.##" writes for a whole number, without parsing a format
            : value.ToString("0.##", CultureInfo.InvariantCulture);
}
