using Ardalis.GuardClauses;
using LaborStandard.Eligibility;

namespace LaborStandard.Serialization;

/// <summary>
/// The JSON form of eligibility decisions, for systems that store or show them: the verdict, the earliest eligible date,
/// and every condition's result with its clause, item, text, facts and shortfall.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class DecisionDocument
{
    internal static readonly WrittenDocumentFormat<EligibilityReport> Reports = new("eligibility report", DecisionDocumentWriter.Write);

    internal static readonly WrittenDocumentFormat<EligibilityDecision> Decisions = new(
        "eligibility decision", (writer, decision) => DecisionDocumentWriter.Write(writer, decision));

    /// <summary>Writes the decisions of every level for one candidate.</summary>
    /// <param name="report">The decisions.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(EligibilityReport report, bool indented = true)
    {
        Guard.Against.Null(report);
        return Reports.ToJson(report, indented);
    }

    /// <summary>Writes one decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string ToJson(EligibilityDecision decision, bool indented = true)
    {
        Guard.Against.Null(decision);
        return Decisions.ToJson(decision, indented);
    }
}
