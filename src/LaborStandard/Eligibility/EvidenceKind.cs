namespace LaborStandard.Eligibility;

/// <summary>The kind of fact a condition looked at.</summary>
public enum EvidenceKind
{
    /// <summary>A run of work (<see cref="Evidence.Run"/>).</summary>
    WorkRun = 1,

    /// <summary>A certificate (<see cref="Evidence.Certificate"/>).</summary>
    Certificate = 2,

    /// <summary>A preparatory training (<see cref="Evidence.Training"/>).</summary>
    Training = 3,

    /// <summary>The highest education (<see cref="Evidence.Education"/>).</summary>
    Education = 4,

    /// <summary>A school enrolment (<see cref="Evidence.School"/>).</summary>
    School = 5,
}
