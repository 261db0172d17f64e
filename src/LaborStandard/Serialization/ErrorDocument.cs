using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace LaborStandard.Serialization;

/// <summary>
/// The JSON form of an <see cref="ErrorReport"/> (docs/schema/error.schema.json), for tools that answer in JSON even
/// when they fail: <c>{"error": {"code", "exitCode", "message", "errors": [{"path", "rule", "message", "line",
/// "column", "value"}]}}</c>, the messages of the errors in the language of a culture (Chinese unless the culture is English).
/// The same form of one error serves lists of errors elsewhere (<see cref="Write(Utf8JsonWriter, DocumentError, CultureInfo?)"/>).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ErrorDocument
{
    private static readonly JsonEncodedText ErrorName = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText ExitCodeName = JsonEncodedText.Encode("exitCode");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText RuleName = JsonEncodedText.Encode("rule");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");

    /// <summary>Writes a report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the messages: English for an English culture, Chinese otherwise (also for null).</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON; indented JSON ends with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(ErrorReport report, CultureInfo? culture = null, bool indented = true)
    {
        Guard.Against.Null(report);
        return JsonOutput.Text(writer => Write(writer, report, culture), indented);
    }

    /// <summary>Writes a report to a stream as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <param name="culture">The language of the messages: English for an English culture, Chinese otherwise (also for null).</param>
    /// <param name="indented">Indented for people (the default, ending with a line break), or on one line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is null.</exception>
    public static void Save(ErrorReport report, Stream destination, CultureInfo? culture = null, bool indented = true)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(destination);
        using (var writer = new Utf8JsonWriter(destination, indented ? JsonOutput.Indented : JsonOutput.Lines))
        {
            Write(writer, report, culture);
        }

        if (indented)
        {
            destination.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// Writes one error in the form of an item of a report's <c>errors</c>: <c>path</c>, <c>rule</c>, <c>message</c> in
    /// the language of a culture, and <c>line</c>, <c>column</c> and <c>value</c> where the error has them.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="error">The error.</param>
    /// <param name="culture">The language of the message: English for an English culture, Chinese otherwise (also for null).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="error"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, DocumentError error, CultureInfo? culture = null)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(error);
        writer.WriteStartObject();
        writer.WriteString(PathName, error.Path);
        writer.WriteString(RuleName, error.Rule);
        writer.WriteString(MessageName, error.Message.Get(culture));
        Place(writer, error);

        writer.WriteEndObject();
    }

    /// <summary>Writes where an error is and what it found, as far as it says: <c>line</c>, <c>column</c>, <c>value</c>.</summary>
    internal static void Place(Utf8JsonWriter writer, DocumentError error)
    {
        if (error.Line is { } line)
        {
            writer.WriteNumber(LineName, line);
        }

        if (error.Column is { } column)
        {
            writer.WriteString(ColumnName, column);
        }

        if (error.Value is { } value)
        {
            writer.WriteString(ValueName, value);
        }
    }

    private static void Write(Utf8JsonWriter writer, ErrorReport report, CultureInfo? culture)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(ErrorName);
        writer.WriteString(CodeName, report.Code);
        writer.WriteNumber(ExitCodeName, report.ExitCode);
        writer.WriteString(MessageName, report.Message);
        writer.WriteStartArray(ErrorsName);
        foreach (var error in report.Errors)
        {
            Write(writer, error, culture);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
