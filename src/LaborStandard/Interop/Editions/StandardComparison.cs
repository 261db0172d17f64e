using Ardalis.GuardClauses;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// Compares two editions of a standard — the shipped draft and a document a user loads, a draft and the final text —
/// and reports what changed, typed: requirements added, removed, reworded, moved or recoded; functions and work contents
/// added, removed or renamed; weights, training hours, assessment figures and application conditions changed; the
/// edition's fields and every other text.
/// </summary>
/// <remarks>
/// <para>
/// Parts are matched by what identifies them in the standard: levels by rank, functions and work contents by code,
/// headings by clause, weight rows by what they weigh, numbered items by number. Requirements are matched as
/// <see cref="RequirementChange"/> describes. What exists in one edition only is reported together with everything it
/// holds (a work content added, and each of its requirements added).
/// </para>
/// <para>The comparison of a standard with an equal one is empty. Thread-safe.</para>
/// </remarks>
public static class StandardComparison
{
    /// <summary>Compares two editions.</summary>
    /// <param name="from">The edition compared from (the older one, e.g. the shipped draft).</param>
    /// <param name="to">The edition compared to (the newer one).</param>
    /// <returns>The changes, in the order of the standard; empty when the standards are equal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <para>What changed between two editions of the standard.</para>
    /// <code language="csharp">
    /// using var draft = File.OpenRead("draft.json");
    /// using var final = File.OpenRead("final.json");
    /// var diff = StandardComparison.Compare(StandardDocument.Load(draft), StandardDocument.Load(final));
    /// foreach (var change in diff.Changes)
    /// {
    ///     Console.WriteLine(change);
    /// }
    /// </code>
    /// </example>
    public static StandardDiff Compare(OccupationalStandard from, OccupationalStandard to)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        return new StandardDiff(from.Edition, to.Edition, StandardComparer.Compare(from, to));
    }
}
