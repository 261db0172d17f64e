using System.Text.Json;

namespace LaborStandard.Serialization;

/// <summary>
/// A kind of JSON document that the library only writes (decisions, batch records), declared once: its name and the one
/// method that writes its shape straight to a <see cref="Utf8JsonWriter"/>. Text, streams and a caller's writer all go
/// through that method, with the library's writing options (readable Chinese, "\n" line ends, indented or on one line).
/// The kinds that are also read are <see cref="JsonDocumentFormat{TDto, T}"/>.
/// </summary>
/// <typeparam name="T">The value the document describes.</typeparam>
/// <remarks>Thread-safe.</remarks>
internal sealed class WrittenDocumentFormat<T>
    where T : class
{
    private readonly Action<Utf8JsonWriter, T> _write;

    /// <summary>Declares a written kind.</summary>
    /// <param name="kind">Its name in messages, e.g. "eligibility decision".</param>
    /// <param name="write">How a value is written.</param>
    public WrittenDocumentFormat(string kind, Action<Utf8JsonWriter, T> write)
    {
        Kind = kind;
        _write = write;
    }

    /// <summary>Gets the name of the kind, as messages give it.</summary>
    public string Kind { get; }

    /// <summary>Writes a value as JSON text, indented (ending with a line break) or on one line.</summary>
    public string ToJson(T value, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonOutput.Text(writer => _write(writer, value), indented);
    }

    /// <summary>Writes a value into a writer that a caller reuses (JSON Lines output).</summary>
    public void Write(T value, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(writer);
        _write(writer, value);
    }
}
