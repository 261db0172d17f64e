using Ardalis.GuardClauses;
using LaborStandard.Assessment;

namespace LaborStandard.Serialization;

/// <summary>
/// The answers of the assessment rules (scoring 1.9.2, staffing 1.9.3, exam blueprints from the weight tables of 4) as
/// JSON, for systems that store or show them, and the one form in which the <c>laborstd</c> tool writes them: a score
/// (<c>passed</c>, <c>clause</c>, each part's <c>kind</c>, <c>score</c>, <c>fullMarks</c>, <c>passMark</c> and
/// <c>summary</c>), the staff that candidates need or the check of
/// session plans (each requirement's <c>kind</c>, <c>role</c>, <c>scope</c>, counts, <c>clause</c> and
/// <c>explanation</c>; each violation's <c>kind</c>, <c>clause</c>, <c>subject</c>, <c>actual</c>, <c>required</c> and
/// <c>message</c>), and an exam blueprint (rows of the weight table with their parts and items). Every text is given in
/// both languages as <c>{ "zh": …, "en": … }</c>; enumerations are named as the other documents name them
/// (<c>theory</c>, <c>proctor</c>, <c>perRoom</c>, <c>staffingRatio</c> …).
/// </summary>
/// <remarks>Thread-safe.</remarks>
/// <example>
/// <code>
/// var score = new ScoreEvaluator(Standards.Embedded).Evaluate(theory: 75m, skill: 59.5m);
/// var json = AssessmentDocument.ToJson(score);
/// // { "passed": false, "clause": "1.9.2", "parts": [ { "kind": "theory", "score": 75, ... } ], ... }
/// </code>
/// </example>
public static class AssessmentDocument
{
    /// <summary>Writes the score of both parts of an assessment.</summary>
    /// <param name="result">The score.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(ScoringResult result, bool indented = true)
    {
        Guard.Against.Null(result);
        return JsonOutput.Text(writer => AssessmentDocumentWriter.Write(writer, result.Passed, result.Parts, result.Summary), indented);
    }

    /// <summary>Writes the score of one part, in the same shape as both (one item in <c>parts</c>).</summary>
    /// <param name="result">The part's score.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(PartResult result, bool indented = true)
    {
        Guard.Against.Null(result);
        return JsonOutput.Text(writer => AssessmentDocumentWriter.Write(writer, result.Passed, [result], result.Summary), indented);
    }

    /// <summary>Writes the proctors and evaluators that numbers of candidates need (<see cref="StaffingPlanner.RequiredFor"/>).</summary>
    /// <param name="requirements">The requirements, e.g. one per kind of assessment.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON: <c>passed</c> (true: nothing is checked) and <c>requirements</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirements"/> or one of them is null.</exception>
    public static string ToJson(IEnumerable<StaffRequirement> requirements, bool indented = true)
    {
        Guard.Against.Null(requirements);
        var list = requirements.ToList();
        NoNulls(list, nameof(requirements));
        return JsonOutput.Text(writer => AssessmentDocumentWriter.Write(writer, list), indented);
    }

    /// <summary>Writes the checks of session plans (<see cref="StaffingPlanner.Validate"/>).</summary>
    /// <param name="reports">The checked plans.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON: <c>passed</c> when every plan passes, and each in <c>sessions</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    public static string ToJson(IEnumerable<StaffingReport> reports, bool indented = true)
    {
        Guard.Against.Null(reports);
        var list = reports.ToList();
        NoNulls(list, nameof(reports));
        return JsonOutput.Text(writer => AssessmentDocumentWriter.Write(writer, (IReadOnlyCollection<StaffingReport>)list), indented);
    }

    /// <summary>Writes an exam blueprint.</summary>
    /// <param name="blueprint">The blueprint.</param>
    /// <param name="withItems">Also each part's items and the paper's list of items.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="blueprint"/> is null.</exception>
    public static string ToJson(Blueprint blueprint, bool withItems = false, bool indented = true)
    {
        Guard.Against.Null(blueprint);
        return JsonOutput.Text(writer => AssessmentDocumentWriter.Write(writer, blueprint, withItems), indented);
    }

    private static void NoNulls<T>(List<T> items, string name)
        where T : class
    {
        if (items.Contains(null!))
        {
            throw new ArgumentNullException(name, $"Item {items.IndexOf(null!)} of {name} is null.");
        }
    }
}
