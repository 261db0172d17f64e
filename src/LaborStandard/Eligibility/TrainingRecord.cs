using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// 预备培训 — a preparatory training for a level of an occupation: the hours completed and the date of its completion
/// certificate (结业证书), if one was obtained.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class TrainingRecord : IEquatable<TrainingRecord>
{
    /// <summary>Creates a training record.</summary>
    /// <param name="occupationCode">The occupation trained for, e.g. <c>3-01-01-02</c>.</param>
    /// <param name="level">The level trained for.</param>
    /// <param name="hoursCompleted">The standard hours (标准学时) completed; zero or more.</param>
    /// <param name="completionCertificateOn">The date of the completion certificate, or <see langword="null"/> when none was obtained.</param>
    /// <exception cref="ModelRuleException">The code is malformed, the level undefined, or the hours negative.</exception>
    public TrainingRecord(string occupationCode, SkillLevel level, decimal hoursCompleted, DateOnly? completionCertificateOn)
    {
        OccupationCode = OccupationCodes.Check(occupationCode, "occupationCode");
        Level = Invariant.Level(level, "level");
        if (hoursCompleted < 0)
        {
            throw Invariant.Violation(StandardRules.Range, "hoursCompleted", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"学时不能为负数，实为 {hoursCompleted}。"),
                string.Create(CultureInfo.InvariantCulture, $"must not be negative, was {hoursCompleted}.")));
        }
        HoursCompleted = hoursCompleted;
        CompletionCertificateOn = completionCertificateOn;
    }

    /// <summary>Gets the occupation trained for.</summary>
    public string OccupationCode { get; }

    /// <summary>Gets the level trained for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the standard hours completed.</summary>
    public decimal HoursCompleted { get; }

    /// <summary>Gets the date of the completion certificate (结业证书), or <see langword="null"/> when none was obtained.</summary>
    public DateOnly? CompletionCertificateOn { get; }

    /// <inheritdoc />
    public bool Equals(TrainingRecord? other)
        => other is not null
           && string.Equals(OccupationCode, other.OccupationCode, StringComparison.Ordinal)
           && Level == other.Level
           && HoursCompleted == other.HoursCompleted
           && CompletionCertificateOn == other.CompletionCertificateOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TrainingRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccupationCode, Level, HoursCompleted, CompletionCertificateOn);

    /// <summary>Returns the occupation, level, hours and certificate date.</summary>
    /// <returns>For example "3-01-01-02 四级/中级工 100h 2025-01-10".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{OccupationCode} {Level} {HoursCompleted}h {(CompletionCertificateOn is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no certificate")}");
}
