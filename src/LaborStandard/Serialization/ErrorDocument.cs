using System.Text.Json;
using Ardalis.GuardClauses;

namespace LaborStandard.Serialization;

/// <summary>
/// The JSON form of an <see cref="ErrorReport"/> (docs/schema/error.schema.json), for tools that answer in JSON even
/// when they fail: <c>{"error": {"code", "exitCode", "message", "errors": [...]}}</c>, and the one JSON form of a
/// <see cref="DocumentError"/> wherever errors are listed (an error report, a batch record that could not be read, a
/// checked file): <c>{"path", "line", "column", "value", "rule", "message": {"zh", "en"}}</c>
/// (<see cref="Write(Utf8JsonWriter, DocumentError)"/>).
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
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON; indented JSON ends with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(ErrorReport report, bool indented = true)
    {
        Guard.Against.Null(report);
        return JsonOutput.Text(writer => Write(writer, report), indented);
    }

    /// <summary>Writes a report to a stream as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <param name="indented">Indented for people (the default, ending with a line break), or on one line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="destination"/> is null.</exception>
    public static void Save(ErrorReport report, Stream destination, bool indented = true)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(destination);
        using (var writer = new Utf8JsonWriter(destination, indented ? JsonOutput.Indented : JsonOutput.Lines))
        {
            Write(writer, report);
        }

        if (indented)
        {
            destination.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// Writes one error in its one JSON form: <c>path</c> (the JSON path of the value, from <c>$</c>); <c>line</c>,
    /// <c>column</c> and <c>value</c> where the error has them; <c>rule</c>; and <c>message</c> in both languages,
    /// <c>{"zh", "en"}</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="error">The error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="error"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, DocumentError error)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(error);
        writer.WriteStartObject();
        writer.WriteString(PathName, error.Path);
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

        writer.WriteString(RuleName, error.Rule);
        JsonOutput.WriteText(writer, MessageName, error.Message);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, ErrorReport report)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(ErrorName);
        writer.WriteString(CodeName, report.Code);
        writer.WriteNumber(ExitCodeName, report.ExitCode);
        writer.WriteString(MessageName, report.Message);
        writer.WriteStartArray(ErrorsName);
        foreach (var error in report.Errors)
        {
            Write(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
