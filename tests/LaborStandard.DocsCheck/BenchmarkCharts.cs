using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LaborStandard.DocsCheck;

/// <summary>
/// <c>docs-check benchmark-charts RESULTS_DIR OUTPUT</c>: the committed benchmark results as charts for the benchmarks
/// page, written by <c>eng/docs.sh</c> before each build of the site, so the charts are always those of the committed
/// files. Each BenchmarkDotNet report (<c>*-report-github.md</c>) becomes a chart of its medians, one group of bars per
/// method and one bar per parameter value (e.g. Typical, Heavy); the cold-start reports (<c>cold-start*.md</c>) become
/// one chart of their first row, one bar per way of building. A report that cannot be read fails the build.
/// </summary>
/// <remarks>The figures have the shape that the site's script draws (documented in <c>docs/template/public/main.js</c>).</remarks>
internal static partial class BenchmarkCharts
{
    private const string ReportSuffix = "-report-github.md";

    /// <summary>From how many times the smallest time the largest is drawn on a logarithmic axis, so both can be seen.</summary>
    private const double WideRange = 100;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The ways the cold-start reports were built, by the end of their file names.</summary>
    private static readonly Dictionary<string, string> ColdStartBuilds = new(StringComparer.Ordinal)
    {
        ["cold-start"] = "JIT (as built)",
        ["cold-start-readytorun"] = "ReadyToRun",
        ["cold-start-nativeaot"] = "Native AOT",
    };

    /// <summary>Writes the charts of a results folder.</summary>
    /// <param name="results">The folder, e.g. <c>benchmarks/LaborStandard.Benchmarks/results</c>.</param>
    /// <param name="output">The markdown file to write.</param>
    /// <returns>The problems; empty when every report was read and the file written.</returns>
    public static IReadOnlyList<string> Run(string results, string output)
    {
        if (!Directory.Exists(results))
        {
            return [$"{results}: no such folder of benchmark results"];
        }

        var problems = new List<string>();
        var figures = new List<string>();
        foreach (var file in Directory.GetFiles(results, "*" + ReportSuffix).Order(StringComparer.Ordinal))
        {
            try
            {
                figures.Add(Report(file));
            }
            catch (FormatException e)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        try
        {
            if (ColdStart(results) is { } coldStart)
            {
                figures.Add(coldStart);
            }
        }
        catch (FormatException e)
        {
            problems.Add(e.Message);
        }

        if (figures.Count == 0)
        {
            problems.Add($"{results}: no benchmark report (*{ReportSuffix}) to chart");
        }

        if (problems.Count == 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(
                output,
                "<!-- Written by docs-check benchmark-charts from benchmarks/LaborStandard.Benchmarks/results (eng/docs.sh); not committed. -->\n\n" + string.Join("\n\n", figures) + "\n",
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs-check: {figures.Count} benchmark chart(s) written to {output}"));
        }

        return problems;
    }

    /// <summary>A BenchmarkDotNet report as a chart of its medians.</summary>
    private static string Report(string file)
    {
        var suite = Path.GetFileName(file)[..^ReportSuffix.Length];
        suite = suite[(suite.LastIndexOf('.') + 1)..];
        var table = Table(File.ReadAllLines(file), file);
        var method = Column(table.Header, "Method", file);
        var mean = Column(table.Header, "Mean", file);
        var time = table.Header.IndexOf("Median") is var median and >= 0 ? median : mean;
        var parameters = Enumerable.Range(method + 1, mean - method - 1).ToList();

        var methods = new List<string>();
        var series = new List<string>();
        var values = new Dictionary<(string Method, string Series), double>();
        foreach (var row in table.Rows)
        {
            var name = row[method];
            var key = parameters.Count == 0 ? table.Header[time] : string.Join(", ", parameters.Select(p => $"{table.Header[p]}: {row[p]}"));
            if (!methods.Contains(name))
            {
                methods.Add(name);
            }

            if (!series.Contains(key))
            {
                series.Add(key);
            }

            values[(name, key)] = Nanoseconds(row[time], file);
        }

        var (unit, scale) = Unit(values.Values.Max());
        var logarithmic = values.Values.Max() > WideRange * values.Values.Min();
        return Figure(
            $"chart-{suite}",
            $"{suite}: the {table.Header[time].ToLowerInvariant()} time of each benchmark in {unit} (results/{Path.GetFileName(file)})",
            $"{table.Header[time]} ({unit}){(logarithmic ? ", logarithmic" : string.Empty)}",
            unit,
            methods,
            [.. series.Select(s => (s, (IReadOnlyList<double?>)[.. methods.Select(m => values.TryGetValue((m, s), out var v) ? v / scale : (double?)null)]))],
            logarithmic);
    }

    /// <summary>The first row of each cold-start report, one bar per way of building; null when there is none.</summary>
    private static string? ColdStart(string results)
    {
        var builds = new List<string>();
        var medians = new List<double?>();
        var step = string.Empty;
        // In the order of the builds above (as built first); a report of another build after them.
        var order = ColdStartBuilds.Keys.ToList();
        foreach (var file in Directory.GetFiles(results, "cold-start*.md")
            .OrderBy(f => order.IndexOf(Path.GetFileNameWithoutExtension(f)) is var i and >= 0 ? i : order.Count)
            .ThenBy(f => f, StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var table = Table(File.ReadAllLines(file), file);
            var row = table.Rows[0];
            step = row[Column(table.Header, "Step", file)].Replace("`", string.Empty, StringComparison.Ordinal);
            builds.Add(ColdStartBuilds.GetValueOrDefault(stem, stem));
            medians.Add(Nanoseconds(row[Column(table.Header, "Median", file)], file));
        }

        if (builds.Count == 0)
        {
            return null;
        }

        var (unit, scale) = Unit(medians.Max()!.Value);
        return Figure(
            "chart-cold-start",
            $"{step}, in a fresh process: the median in {unit}, by the way the program was built (results/cold-start*.md)",
            $"Median ({unit}), logarithmic",
            unit,
            builds,
            [("Median", [.. medians.Select(m => m / scale)])],
            logarithmic: true);
    }

    /// <summary>The first markdown table of a file: its header and its rows, with the cells' markup removed.</summary>
    private static (List<string> Header, List<List<string>> Rows) Table(string[] lines, string file)
    {
        var table = lines.SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Select(Cells).ToList();
        if (table.Count < 3 || !table[1].All(c => Separator().IsMatch(c)))
        {
            throw new FormatException($"{file}: no markdown table with a header row");
        }

        var rows = table.Skip(2).Where(r => r.Any(c => c.Length > 0)).ToList();
        if (rows.Count == 0 || rows.Any(r => r.Count != table[0].Count))
        {
            throw new FormatException($"{file}: the table has no rows, or a row whose cells do not match its header");
        }

        return (table[0], rows);
    }

    private static List<string> Cells(string line)
        => [.. line.Trim().Trim('|').Split('|').Select(c => WebUtility.HtmlDecode(c.Replace("**", string.Empty, StringComparison.Ordinal)).Trim().Trim('\''))];

    private static int Column(List<string> header, string name, string file)
        => header.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"{file}: the table has no column '{name}' (it has {string.Join(", ", header)})");

    /// <summary>A time as BenchmarkDotNet writes it (<c>1,322.115 μs</c>), in nanoseconds.</summary>
    private static double Nanoseconds(string cell, string file)
    {
        var match = Time().Match(cell);
        if (!match.Success)
        {
            throw new FormatException($"{file}: '{cell}' is not a time such as 92.26 ns or 1,322.115 μs");
        }

        var number = double.Parse(match.Groups["number"].Value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "ns" => number,
            "μs" or "µs" or "us" => number * 1e3,
            "ms" => number * 1e6,
            _ => number * 1e9,
        };
    }

    /// <summary>The unit that shows the largest time with at most four digits before the point.</summary>
    private static (string Unit, double Nanoseconds) Unit(double largest)
        => largest >= 1e7 ? ("ms", 1e6) : largest >= 1e4 ? ("μs", 1e3) : ("ns", 1);

    private static string Figure(string id, string caption, string axis, string unit, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double?> Values)> series, bool logarithmic = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("axis", axis);
            json.WriteString("unit", unit);
            if (logarithmic)
            {
                json.WriteString("scale", "logarithmic");
            }

            json.WriteStartArray("categories");
            foreach (var category in categories)
            {
                json.WriteStartArray();
                json.WriteStringValue(category);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("series");
            foreach (var (name, values) in series)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteStartArray("values");
                foreach (var value in values)
                {
                    if (value is { } number)
                    {
                        json.WriteNumberValue(Math.Round(number, 3));
                    }
                    else
                    {
                        json.WriteNullValue();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var data = Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("</", "<\\/", StringComparison.Ordinal);
        return $"<figure class=\"ls-chart\" id=\"{WebUtility.HtmlEncode(id)}\">\n<script type=\"application/json\">{data}</script>\n<figcaption>{WebUtility.HtmlEncode(caption)}</figcaption>\n</figure>";
    }

    [GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<number>[0-9][0-9,]*(?:\.[0-9]+)?) (?<unit>ns|μs|µs|us|ms|s)$")]
    private static partial Regex Time();
}
