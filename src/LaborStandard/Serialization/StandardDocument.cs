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

    internal static readonly JsonDocumentFormat<StandardDto, OccupationalStandard> Format = new(
        "standard document",
        DocumentJsonContext.Default.StandardDto,
        (dto, errors) => new StandardDocumentReader(errors).Read(dto),
        standard => StandardDocumentWriter.Write(standard, schema: null));

    /// <summary>Reads and validates a document, reporting problems instead of throwing.</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON; a byte-order mark is accepted.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    public static DocumentResult<OccupationalStandard> Read(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Format.Read(utf8Json, options);

    /// <summary>Reads and validates a document given as a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentResult<OccupationalStandard> Read(string json, DocumentReadOptions? options = null) => Format.Read(json, options);

    /// <summary>Reads and validates a document from a stream, reading at most the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <example>
    /// <para>Reading a document without exceptions: every problem comes back as an error naming where it is.</para>
    /// <code language="csharp">
    /// using var file = File.OpenRead("standard.json");
    /// var result = StandardDocument.Read(file);
    /// if (!result.IsValid)
    /// {
    ///     foreach (var error in result.Errors)
    ///     {
    ///         Console.Error.WriteLine(error);   // line, column, JSON path and the rule broken
    ///     }
    /// }
    /// </code>
    /// </example>
    public static DocumentResult<OccupationalStandard> Read(Stream utf8Json, DocumentReadOptions? options = null) => Format.Read(utf8Json, options);

    /// <summary>Reads a document, throwing when it is invalid.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is invalid; its errors list every problem.</exception>
    public static OccupationalStandard Parse(string json) => Format.OrThrow(Read(json));

    /// <summary>Reads a document from a stream, throwing when it is invalid.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is invalid; its errors list every problem.</exception>
    /// <example>
    /// <para>Loading an edition of the standard from a JSON document, for example one a registration office keeps.</para>
    /// <code language="csharp">
    /// using var file = File.OpenRead("standard-3-01-01-02.json");
    /// OccupationalStandard standard = StandardDocument.Load(file);   // throws, naming the JSON path and rule, if the document is invalid
    /// </code>
    /// </example>
    public static OccupationalStandard Load(Stream utf8Json) => Format.OrThrow(Read(utf8Json));

    /// <summary>Writes a standard as an indented UTF-8 JSON document that <see cref="Read(string, DocumentReadOptions?)"/> reads back equal.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="schema">The <c>$schema</c> to name in the document, or null for none.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public static string ToJson(OccupationalStandard standard, string? schema = null)
    {
        Guard.Against.Null(standard);
        return Format.ToJson(standard, write: s => StandardDocumentWriter.Write(s, schema));
    }

    /// <summary>Writes a standard to a stream as indented UTF-8 JSON.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="destination">The stream written to; not closed.</param>
    /// <param name="schema">The <c>$schema</c> to name in the document, or null for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Save(OccupationalStandard standard, Stream destination, string? schema = null)
    {
        Guard.Against.Null(standard);
        Guard.Against.Null(destination);
        Format.Save(standard, destination, write: s => StandardDocumentWriter.Write(s, schema));
    }
}
