using System.Text.Json;
using Ardalis.GuardClauses;
using LaborStandard.Interop.Editions;

namespace LaborStandard.Serialization;

/// <summary>
/// The changes between two editions of a standard (<see cref="StandardComparison"/>) as JSON, one object per change:
/// <c>kind</c> (camelCase, e.g. <c>requirementTextChanged</c>), <c>clause</c>, <c>level</c> where the change belongs
/// to one, and <c>description</c> in both languages, <c>{"zh", "en"}</c>, as every text the library writes. The
/// <c>laborstd diff --json</c> answer lists them under the two files it compared.
/// </summary>
/// <remarks>Thread-safe.</remarks>
/// <example>
/// <code>
/// var diff = StandardComparison.Compare(before, after);
/// using var writer = new Utf8JsonWriter(stream);
/// writer.WriteStartArray();
/// foreach (var change in diff.Changes)
/// {
///     StandardDiffDocument.Write(writer, change);
/// }
/// writer.WriteEndArray();
/// </code>
/// </example>
public static class StandardDiffDocument
{
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText ClauseName = JsonEncodedText.Encode("clause");
    private static readonly JsonEncodedText LevelName = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");

    /// <summary>Writes one change.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="change">The change.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="change"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, StandardChange change)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(change);
        writer.WriteStartObject();
        writer.WriteString(KindName, NameTables.NameOf(NameTables.ChangeKinds, change.Kind));
        writer.WriteString(ClauseName, change.Clause);
        if (change.Level is { } level)
        {
            writer.WriteNumber(LevelName, level.Rank);
        }

        JsonOutput.WriteText(writer, DescriptionName, change.Description);
        writer.WriteEndObject();
    }
}
