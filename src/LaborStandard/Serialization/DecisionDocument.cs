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
    /// <summary>Writes the decisions of every level for one candidate.</summary>
    /// <param name="report">The decisions.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(EligibilityReport report, bool indented = true)
    {
        Guard.Against.Null(report);
        return JsonOutput.Text(writer => DecisionDocumentWriter.Write(writer, report), indented);
    }

    /// <summary>Writes one decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string ToJson(EligibilityDecision decision, bool indented = true)
    {
        Guard.Against.Null(decision);
        return JsonOutput.Text(writer => DecisionDocumentWriter.Write(writer, decision), indented);
    }
}
