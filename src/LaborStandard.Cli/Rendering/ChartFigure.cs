using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LaborStandard.Cli.Rendering;

/// <summary>One bar of every series: a category of a chart, with its label lines.</summary>
/// <param name="Lines">The label, line by line (e.g. the code and Chinese name, then the English name).</param>
internal sealed record ChartCategory(IReadOnlyList<string> Lines);

/// <summary>A series of a chart: its name in the legend and one value per category.</summary>
/// <param name="Name">The name.</param>
/// <param name="Values">The values, in the order of the categories.</param>
internal sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A chart of the documentation site: horizontal bars, one group per category and one bar per series, written as an
/// HTML <c>figure</c> that holds the data as JSON and a caption. The site's script (<c>docs/template/public/main.js</c>,
/// which defines this shape) draws it with Chart.js; without the script the figure shows only its caption, and the
/// page's table beside it has the same numbers.
/// </summary>
internal static class ChartFigure
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a chart.</summary>
    /// <param name="id">The figure's id, unique on its page, e.g. <c>chart-4-1</c>.</param>
    /// <param name="caption">What the chart shows, in both languages.</param>
    /// <param name="axis">The title of the value axis.</param>
    /// <param name="unit">The unit written after each value, e.g. <c>%</c>.</param>
    /// <param name="categories">The categories, top to bottom.</param>
    /// <param name="series">The series.</param>
    /// <returns>The figure's HTML, on lines without a blank one between them (one markdown HTML block).</returns>
    public static string Write(string id, LocalizedText caption, LocalizedText axis, string unit, IReadOnlyList<ChartCategory> categories, IReadOnlyList<ChartSeries> series)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("axis", Both(axis));
            json.WriteString("unit", unit);
            json.WriteStartArray("categories");
            foreach (var category in categories)
            {
                json.WriteStartArray();
                foreach (var line in category.Lines)
                {
                    json.WriteStringValue(line);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("series");
            foreach (var one in series)
            {
                json.WriteStartObject();
                json.WriteString("name", one.Name);
                json.WriteStartArray("values");
                foreach (var value in one.Values)
                {
                    json.WriteNumberValue(value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // "</" would end the script element early; "<\/" is the same JSON string.
        var data = Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("</", "<\\/", StringComparison.Ordinal);
        return $"<figure class=\"ls-chart\" id=\"{WebUtility.HtmlEncode(id)}\">\n"
            + $"<script type=\"application/json\">{data}</script>\n"
            + $"<figcaption>{WebUtility.HtmlEncode(caption.Chinese)}<br><i>{WebUtility.HtmlEncode(caption.English)}</i></figcaption>\n"
            + "</figure>";
    }

    /// <summary>A text in one line, the Chinese first: for legends and axes, where there is room for one line.</summary>
    /// <param name="text">The text.</param>
    /// <returns>For example <c>四级/中级工 · Level 4 / intermediate worker</c>.</returns>
    public static string Both(LocalizedText text) => text.Chinese == text.English ? text.Chinese : $"{text.Chinese} · {text.English}";
}
