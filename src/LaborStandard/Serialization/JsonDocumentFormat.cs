using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// One kind of JSON document, declared once: its name, its transfer shape, how a transfer object becomes the value
/// (validated, every problem at its JSON path) and how a value becomes a transfer object. Every document kind the
/// library reads (standard, rules, candidate, CASE package) is such a declaration; the public document classes only
/// name it. The kinds it only writes (decisions, batch records, requirements, assessment answers, errors, edition
/// changes) have no transfer shape: one writer each writes them straight to UTF-8 (<see cref="JsonOutput.Text"/>).
/// </summary>
/// <typeparam name="TDto">The transfer shape, source-generated.</typeparam>
/// <typeparam name="T">The value the document describes.</typeparam>
/// <remarks>
/// Reading: bytes (a span, or a stream read up to the size limit; a string is encoded once) pass <see cref="JsonInput"/>
/// (size, UTF-8, one tokenising pass with the depth limit, types, unknown and duplicate members), then the build step
/// checks the model's rules. Writing: value → transfer object → UTF-8, with readable Chinese and "\n" line ends.
/// Thread-safe.
/// </remarks>
internal sealed class JsonDocumentFormat<TDto, T>
    where TDto : class
    where T : class
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonTypeInfo<TDto> _read;
    private readonly JsonTypeInfo<TDto> _indented;
    private readonly JsonTypeInfo<TDto> _compact;
    private readonly Func<TDto, DocumentErrors, T?>? _build;
    private readonly Func<T, TDto> _write;

    /// <summary>Declares a document kind.</summary>
    /// <param name="kind">Its name in messages, e.g. "standard document".</param>
    /// <param name="typeInfo">The source-generated shape of its transfer object.</param>
    /// <param name="build">How a transfer object becomes the value; null for a kind that is only written.</param>
    /// <param name="write">How a value becomes a transfer object.</param>
    public JsonDocumentFormat(string kind, JsonTypeInfo<TDto> typeInfo, Func<TDto, DocumentErrors, T?>? build, Func<T, TDto> write)
    {
        Kind = kind;
        _read = typeInfo;
        _indented = JsonOutput.TypeInfo(typeInfo, indented: true);
        _compact = JsonOutput.TypeInfo(typeInfo, indented: false);
        _build = build;
        _write = write;
    }

    /// <summary>Gets the name of the kind, as messages give it.</summary>
    public string Kind { get; }

    /// <summary>Reads and validates a document; <paramref name="build"/> replaces the declared build step (e.g. to check against a standard).</summary>
    public DocumentResult<T> Read(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options, Func<TDto, DocumentErrors, T?>? build = null)
    {
        var errors = new DocumentErrors();
        var dto = JsonInput.Deserialize(utf8Json, _read, options ?? DocumentReadOptions.Default, errors);
        var value = dto is null ? null : (build ?? _build)!(dto, errors);
        return new DocumentResult<T>(value, errors.ToImmutable());
    }

    /// <summary>Reads a document given as text: encoded to UTF-8 once; a lone surrogate is an error, never replaced.</summary>
    public DocumentResult<T> Read(string json, DocumentReadOptions? options, Func<TDto, DocumentErrors, T?>? build = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            var errors = new DocumentErrors();
            errors.Add("$", StandardRules.JsonSyntax, JsonTexts.NotUtf8(ex.Index));
            return new DocumentResult<T>(null, errors.ToImmutable());
        }

        return Read(utf8, options, build);
    }

    /// <summary>Reads a document from a stream, holding at most the size limit and one byte.</summary>
    public DocumentResult<T> Read(Stream utf8Json, DocumentReadOptions? options, Func<TDto, DocumentErrors, T?>? build = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
        return Read(StreamInput.ReadBounded(utf8Json, options.MaxBytes), options, build);
    }

    /// <summary>The value of a read, or a <see cref="DocumentException"/> naming this kind with every error.</summary>
    public T OrThrow(DocumentResult<T> result) => result.IsValid ? result.Value : throw new DocumentException(Kind, result.Errors);

    /// <summary>Writes a value as JSON text, indented (ending with a line break) or on one line; <paramref name="write"/> replaces the declared writing step.</summary>
    public string ToJson(T value, bool indented = true, Func<T, TDto>? write = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize((write ?? _write)(value), indented ? _indented : _compact) + (indented ? "\n" : string.Empty);
    }

    /// <summary>Writes a value to a stream as UTF-8 JSON, straight from the transfer object to bytes.</summary>
    public void Save(T value, Stream destination, bool indented = true, Func<T, TDto>? write = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(destination);
        JsonSerializer.Serialize(destination, (write ?? _write)(value), indented ? _indented : _compact);
        if (indented)
        {
            destination.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes a value on one line into a writer that a caller reuses (JSON Lines output).</summary>
    public void Write(T value, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, _write(value), _compact);
    }
}
