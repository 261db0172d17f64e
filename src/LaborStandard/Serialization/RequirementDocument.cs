using System.Text.Json;
using Ardalis.GuardClauses;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// Work requirements as JSON on their own, for systems that show, store or search them outside the whole standard
/// (training plans, exam papers, search results), and the one form in which the <c>laborstd</c> tool writes them. A
/// requirement carries its <c>level</c>, <c>kind</c> (<c>skill</c> or <c>knowledge</c>), <c>code</c> as corrected and
/// <c>printedCode</c> as printed, <c>clause</c> (e.g. <c>3.1 / 2.4.2</c>), <c>text</c> in both languages, and, where the
/// standard has them, <c>correctedText</c>, <c>corrections</c> and <c>footnote</c> (these two as in
/// <see cref="StandardDocument"/>). A level's table lists its functions, their work contents and the skills and
/// knowledge of each, every part with its code and clause.
/// </summary>
/// <remarks>Thread-safe.</remarks>
/// <example>
/// <code>
/// var json = RequirementDocument.ToJson(Standards.Embedded, SkillLevel.Level3, cumulative: true);
/// // { "occupationCode": "3-01-01-02", "version": ..., "level": 3, "cumulative": true, "tables": [ ... ] }
/// </code>
/// </example>
public static class RequirementDocument
{
    /// <summary>
    /// Writes the work requirements of a level, or of the level and those below it (the standard's "higher levels cover
    /// lower ones"), with the edition they come from: <c>occupationCode</c>, <c>version</c>, <c>title</c>,
    /// <c>level</c>, <c>cumulative</c> and one table per level in <c>tables</c>.
    /// </summary>
    /// <param name="standard">The standard.</param>
    /// <param name="level">The level.</param>
    /// <param name="cumulative">Also the levels below it, lowest first.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The standard has no work requirements for <paramref name="level"/>.</exception>
    public static string ToJson(OccupationalStandard standard, SkillLevel level, bool cumulative = false, bool indented = true)
    {
        Guard.Against.Null(standard);
        if (standard.WorkRequirements.ForLevel(level) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"The standard has no work requirements for {level}; it has {Sequence.LevelsOf(standard.WorkRequirements.Levels)}.");
        }

        return JsonOutput.Text(writer => RequirementDocumentWriter.Write(writer, standard, level, cumulative), indented);
    }

    /// <summary>Writes one requirement on its own.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> is null.</exception>
    public static string ToJson(Requirement requirement, bool indented = true)
    {
        Guard.Against.Null(requirement);
        return JsonOutput.Text(writer => RequirementDocumentWriter.Write(writer, requirement), indented);
    }

    /// <summary>Writes one requirement on its own into a writer of the caller's, e.g. as an item of a list of matches.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="requirement">The requirement.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Requirement requirement)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(requirement);
        RequirementDocumentWriter.Write(writer, requirement);
    }

    /// <summary>Writes a level's table (functions, work contents, skills and knowledge) into a writer of the caller's.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="table">The level's work requirements.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, LevelRequirements table)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(table);
        RequirementDocumentWriter.Write(writer, table);
    }
}
