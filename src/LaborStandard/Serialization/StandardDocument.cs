using Ardalis.GuardClauses;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// The JSON document of a standard: read one (validated, with every problem reported at its JSON path) or write one.
/// The shipped dataset is such a document; so is any other edition or standard written to the same national template.
/// </summary>
/// <remarks>
/// Reading never returns a half-built standard and never throws anything but <see cref="DocumentException"/> for bad
/// input. Serialization is source-generated (no reflection at run time). The format is described by the JSON Schema
/// <c>docs/schema/standard.schema.json</c>. Thread-safe.
/// </remarks>
public static class StandardDocument
{
    /// <summary>The format version this library reads and writes (<c>formatVersion</c> in the document).</summary>
    public const int FormatVersion = 1;

    /// <summary>The name of the document kind, as error messages give it.</summary>
    internal const string Kind = "standard document";

    private static readonly StandardJsonContext WriteContext = new(JsonOutput.Options(StandardJsonContext.Default.Options, indented: true));

    /// <summary>Reads and validates a document, reporting problems instead of throwing.</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON; a byte-order mark is accepted.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    public static DocumentResult<OccupationalStandard> Read(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        => JsonInput.Read(utf8Json, StandardJsonContext.Default.StandardDto, options, (dto, errors) => new StandardDocumentReader(errors).Read(dto));

    /// <summary>Reads and validates a document given as a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentResult<OccupationalStandard> Read(string json, DocumentReadOptions? options = null)
    {
        Guard.Against.Null(json);
        return Read(JsonInput.ToUtf8(json), options);
    }

    /// <summary>Reads and validates a document from a stream, reading at most the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static DocumentResult<OccupationalStandard> Read(Stream utf8Json, DocumentReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        options ??= DocumentReadOptions.Default;
        return Read(StreamInput.ReadBounded(utf8Json, options.MaxBytes), options);
    }

    /// <summary>Reads a document, throwing when it is invalid.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is invalid; its errors list every problem.</exception>
    public static OccupationalStandard Parse(string json) => Read(json).OrThrow(Kind);

    /// <summary>Reads a document from a stream, throwing when it is invalid.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is invalid; its errors list every problem.</exception>
    public static OccupationalStandard Load(Stream utf8Json) => Read(utf8Json).OrThrow(Kind);

    /// <summary>Writes a standard as an indented UTF-8 JSON document that <see cref="Read(string, DocumentReadOptions?)"/> reads back equal.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="schema">The <c>$schema</c> to name in the document, or null for none.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public static string ToJson(OccupationalStandard standard, string? schema = null)
    {
        Guard.Against.Null(standard);
        return JsonOutput.Write(StandardDocumentWriter.Write(standard, schema), WriteContext.StandardDto, indented: true);
    }

    /// <summary>Writes a standard to a stream as UTF-8 JSON.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="destination">The stream written to; not closed.</param>
    /// <param name="schema">The <c>$schema</c> to name in the document, or null for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Save(OccupationalStandard standard, Stream destination, string? schema = null)
    {
        Guard.Against.Null(standard);
        Guard.Against.Null(destination);
        using var writer = new StreamWriter(destination, new System.Text.UTF8Encoding(false), leaveOpen: true);
        writer.Write(ToJson(standard, schema));
    }
}
