using System.Globalization;
using System.Text.Json;

namespace LaborStandard.DocsCheck;

/// <summary>
/// The pictures generated from the data: each Mermaid diagram of a page must become an SVG with nodes and text and
/// no syntax error, and each chart a canvas drawn by Chart.js with one bar per value of its data and paint on it.
/// Each picture is photographed on its own.
/// </summary>
internal static class Figures
{
    /// <summary>The pages with pictures and how many each has at least: diagrams, charts.</summary>
    private static readonly (string Path, int Diagrams, int Charts)[] Pages =
    [
        ("standard/index.html", 1, 0),                    // the level ladder
        ("standard/application-conditions.html", 2, 0),   // the routes of 1.9.1, one per level
        ("standard/level-4.html", 1, 0),                  // functions and work contents
        ("standard/level-3.html", 1, 0),
        ("standard/weights.html", 0, 2),                  // 4.1 and 4.2
        ("guides/benchmarks.html", 0, 3),                 // the committed results
    ];

    private const string Rendered = """
        (() => {
          const diagrams = [...document.querySelectorAll('article pre.mermaid, article pre > code.lang-mermaid')];
          const charts = [...document.querySelectorAll('article figure.ls-chart')];
          return diagrams.every(d => d.tagName === 'PRE' && d.querySelector('svg'))
            && charts.every(c => c.hasAttribute('data-rendered'));
        })()
        """;

    private const string Describe = """
        (() => {
          const box = e => { const r = e.getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }; };
          const diagrams = [...document.querySelectorAll('article pre.mermaid, article pre > code.lang-mermaid')].map(d => {
            const svg = d.querySelector('svg');
            return {
              drawn: !!svg,
              nodes: svg ? svg.querySelectorAll('g.node').length : 0,
              text: svg ? svg.textContent.trim().length : 0,
              error: !!svg && (!!svg.querySelector('.error-icon') || /Syntax error/.test(svg.textContent)),
              box: box(svg || d)
            };
          });
          const charts = [...document.querySelectorAll('article figure.ls-chart')].map(f => {
            const spec = JSON.parse(f.querySelector('script[type="application/json"]').textContent);
            const canvas = f.querySelector('canvas');
            const chart = canvas && window.Chart ? window.Chart.getChart(canvas) : null;
            let painted = 0, sampled = 0;
            if (canvas && canvas.width > 0 && canvas.height > 0) {
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              for (let i = 3; i < pixels.length; i += 4 * 7) { sampled++; if (pixels[i] > 0) painted++; }
            }
            return {
              id: f.id,
              state: f.getAttribute('data-rendered'),
              expected: spec.series.reduce((n, s) => n + s.values.filter(v => typeof v === 'number').length, 0),
              bars: chart ? chart.data.datasets.reduce((n, d) => n + d.data.filter(v => typeof v === 'number').length, 0) : 0,
              painted: sampled ? painted / sampled : 0,
              box: box(f)
            };
          });
          return JSON.stringify({ diagrams, charts });
        })()
        """;

    public static async Task CheckAsync(Tab tab, Uri site, string artifacts, CancellationToken cancellationToken)
    {
        await tab.ResizeAsync(1280, 900, mobile: false, cancellationToken);
        foreach (var (path, diagrams, charts) in Pages)
        {
            await tab.OpenAsync(new Uri(site, path), cancellationToken);
            if (!await tab.WaitForAsync(Rendered, TimeSpan.FromSeconds(20), cancellationToken))
            {
                tab.Problem($"{path}: not every picture was drawn within 20 s");
            }

            using var json = await tab.EvaluateJsonAsync(Describe, cancellationToken);
            var found = json!.RootElement;
            var name = Path.GetFileNameWithoutExtension(path);
            var number = 0;
            var drawnDiagrams = 0;
            foreach (var diagram in found.GetProperty("diagrams").EnumerateArray())
            {
                number++;
                var what = string.Create(CultureInfo.InvariantCulture, $"{path}: diagram {number}");
                if (!diagram.GetProperty("drawn").GetBoolean())
                {
                    tab.Problem($"{what} was not drawn (no SVG)");
                    continue;
                }

                if (diagram.GetProperty("error").GetBoolean())
                {
                    tab.Problem($"{what}: Mermaid reports a syntax error");
                }
                else if (diagram.GetProperty("nodes").GetInt32() < 2 || diagram.GetProperty("text").GetInt32() == 0)
                {
                    tab.Problem($"{what}: the SVG has {diagram.GetProperty("nodes").GetInt32()} node(s) and {diagram.GetProperty("text").GetInt32()} characters of text");
                }
                else
                {
                    drawnDiagrams++;
                }

                await ShootAsync(tab, diagram.GetProperty("box"), Path.Combine(artifacts, string.Create(CultureInfo.InvariantCulture, $"{name}-diagram-{number}.png")), cancellationToken);
            }

            number = 0;
            var drawnCharts = 0;
            foreach (var chart in found.GetProperty("charts").EnumerateArray())
            {
                number++;
                var what = $"{path}: chart {chart.GetProperty("id").GetString()}";
                var bars = chart.GetProperty("bars").GetInt32();
                var expected = chart.GetProperty("expected").GetInt32();
                var painted = chart.GetProperty("painted").GetDouble();
                if (chart.GetProperty("state").GetString() != "true")
                {
                    tab.Problem($"{what} was not drawn");
                }
                else if (bars != expected || expected == 0)
                {
                    tab.Problem(string.Create(CultureInfo.InvariantCulture, $"{what} has {bars} bar(s) for {expected} value(s) of its data"));
                }
                else if (painted < 0.01)
                {
                    tab.Problem(string.Create(CultureInfo.InvariantCulture, $"{what}: the canvas is blank ({painted:P1} of it painted)"));
                }
                else
                {
                    drawnCharts++;
                }

                await ShootAsync(tab, chart.GetProperty("box"), Path.Combine(artifacts, string.Create(CultureInfo.InvariantCulture, $"{name}-chart-{number}.png")), cancellationToken);
            }

            if (drawnDiagrams < diagrams || drawnCharts < charts)
            {
                tab.Problem(string.Create(CultureInfo.InvariantCulture, $"{path}: {drawnDiagrams} diagram(s) and {drawnCharts} chart(s) drawn, at least {diagrams} and {charts} expected"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs-check: pictures of {path}: {drawnDiagrams} diagram(s), {drawnCharts} chart(s) drawn; screenshots in {artifacts}"));
        }
    }

    private static async Task ShootAsync(Tab tab, JsonElement box, string file, CancellationToken cancellationToken)
    {
        var width = box.GetProperty("width").GetDouble();
        var height = box.GetProperty("height").GetDouble();
        if (width < 1 || height < 1)
        {
            return;
        }

        const double Margin = 8;
        await tab.ScreenshotAsync(
            file,
            (Math.Max(0, box.GetProperty("x").GetDouble() - Margin), Math.Max(0, box.GetProperty("y").GetDouble() - Margin), width + (2 * Margin), height + (2 * Margin)),
            cancellationToken);
    }
}
