using System.Globalization;
using Ardalis.GuardClauses;

namespace LaborStandard.Serialization;

/// <summary>
/// The JSON form of an <see cref="ErrorReport"/> (docs/schema/error.schema.json), for tools that answer in JSON even
/// when they fail: <c>{"error": {"code", "exitCode", "message", "errors": [{"path", "rule", "message", "line",
/// "column", "value"}]}}</c>, the messages of the errors in the language of a culture (Chinese unless the culture is English).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ErrorDocument
{
    internal static readonly JsonDocumentFormat<ErrorReportDto, ErrorReport> Format = new(
        "error report", DocumentJsonContext.Default.ErrorReportDto, build: null, report => Write(report, culture: null));

    /// <summary>Writes a report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the messages: English for an English culture, Chinese otherwise (also for null).</param>
    /// <param name="indented">Indented for people (the default), or on one line for JSON Lines.</param>
    /// <returns>The JSON; indented JSON ends with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(ErrorReport report, CultureInfo? culture = null, bool indented = true)
    {
        Guard.Against.Null(report);
        return Format.ToJson(report, indented, r => Write(r, culture));
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
        Format.Save(report, destination, indented, r => Write(r, culture));
    }

    private static ErrorReportDto Write(ErrorReport report, CultureInfo? culture) => new()
    {
        Error = new ErrorBodyDto
        {
            Code = report.Code,
            ExitCode = report.ExitCode,
            Message = report.Message,
            Errors =
            [
                .. report.Errors.Select(e => new ErrorItemDto
                {
                    Path = e.Path,
                    Rule = e.Rule,
                    Message = e.Message.Get(culture),
                    Line = e.Line,
                    Column = e.Column,
                    Value = e.Value,
                }),
            ],
        },
    };
}
