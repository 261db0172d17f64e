using System.Globalization;
using System.Text.Json;

namespace LaborStandard.DocsCheck;

/// <summary>
/// The widest pages of the site on a phone 390 CSS pixels wide: the page must not scroll sideways, no table may be wider
/// than the column it stands in (tables re-flow as cards instead), and a code block or a diagram may scroll only inside
/// its own box, which must fit the screen. Each page is photographed at its top, at its first table and at its first
/// picture.
/// </summary>
internal static class PhoneWidth
{
    /// <summary>The width of the phone, an iPhone 12 to 15 in CSS pixels.</summary>
    private const int Width = 390;

    private const int Height = 844;

    /// <summary>
    /// The pages with the widest content: the four-column bilingual tables of requirements, the five-column tables of
    /// weights and corrections, long code lines and wide diagrams; and the reader's first pages.
    /// </summary>
    private static readonly string[] Pages =
    [
        "index.html",
        "standard/index.html",
        "standard/application-conditions.html",
        "standard/basic-requirements.html",
        "standard/level-4.html",
        "standard/level-3.html",
        "standard/weights.html",
        "standard/corrections.html",
        "guides/getting-started.html",
        "guides/eligibility.html",
        "guides/cli.html",
        "guides/json-format.html",
        "guides/interop.html",
        "guides/benchmarks.html",
        "guides/packaging.html",
        "api/LaborStandard.Eligibility.EligibilityEngine.html",
        "api/LaborStandard.Model.html",
    ];

    // The phone's width, not innerWidth: a phone zooms out to show a page wider than its screen, and innerWidth grows.
    private static readonly string Measure = """
        (() => {
          const width = PHONE_WIDTH;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          const tables = [...document.querySelectorAll('article table')].map((t, i) => {
            const room = (t.closest('.table-responsive') || t.parentElement).clientWidth;
            const r = t.getBoundingClientRect();
            return { index: i + 1, width: t.scrollWidth, room, right: r.right, cards: t.classList.contains('ls-cards') };
          });
          // Inside a box that scrolls sideways by itself (a code block, a diagram, a closed menu), what matters is that box,
          // not what it holds.
          const scroller = p => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX);
          const inside = e => {
            for (let p = e.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
              if (scroller(p)) return true;
            }
            return false;
          };
          const right = e => e.getClientRects().length > 0 ? e.getBoundingClientRect().right : 0;
          const past = e => right(e) > width + 1 && !inside(e);
          const boxes = [...document.querySelectorAll('article pre, article figure, article img, article svg, article .table-responsive')]
            .filter(past).map(e => ({ what: name(e), right: right(e) }));
          // The elements that stick out of their parent past the screen's edge: where to look first.
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => past(e) && !(e.parentElement && right(e.parentElement) > width + 1))
            .slice(0, 5).map(e => name(e) + ' in ' + name(e.parentElement));
          const top = e => e ? e.getBoundingClientRect().top + scrollY : null;
          return JSON.stringify({
            width, innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, tables, boxes, wide,
            table: top(document.querySelector('article table')),
            figure: top(document.querySelector('article pre.mermaid, article figure.ls-chart'))
          });
        })()
        """.Replace("PHONE_WIDTH", Width.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static async Task CheckAsync(Tab tab, Uri site, string artifacts, CancellationToken cancellationToken)
    {
        await tab.ResizeAsync(Width, Height, mobile: true, cancellationToken);
        foreach (var path in Pages)
        {
            await tab.OpenAsync(new Uri(site, path), cancellationToken);

            // Let the pictures be drawn and the tables re-flow, as a reader's phone would before they scroll.
            await tab.WaitForAsync(
                "!!(window.docfx && window.docfx.ready) && [...document.querySelectorAll('article figure.ls-chart')].every(c => c.hasAttribute('data-rendered'))",
                TimeSpan.FromSeconds(20),
                cancellationToken);
            using var json = await tab.EvaluateJsonAsync(Measure, cancellationToken);
            var page = json!.RootElement;
            Report(tab, path, page);

            var name = path.Replace('/', '-').Replace(".html", string.Empty, StringComparison.Ordinal);
            await tab.EvaluateAsync("window.scrollTo(0, 0)", cancellationToken);
            await tab.ScreenshotAsync(Path.Combine(artifacts, $"{name}.png"), clip: null, cancellationToken);
            foreach (var part in (string[])["table", "figure"])
            {
                if (page.GetProperty(part) is { ValueKind: JsonValueKind.Number } top)
                {
                    await tab.ScreenshotAsync(Path.Combine(artifacts, $"{name}-{part}.png"), (0, Math.Max(0, top.GetDouble() - 16), Width, Height), cancellationToken);
                }
            }
        }

        await tab.ResizeAsync(1280, 900, mobile: false, cancellationToken);
    }

    private static void Report(Tab tab, string path, JsonElement page)
    {
        var width = page.GetProperty("width").GetInt32();
        var scrollWidth = Math.Max(page.GetProperty("scrollWidth").GetInt32(), page.GetProperty("innerWidth").GetInt32());
        var wide = string.Join(", ", page.GetProperty("wide").EnumerateArray().Select(e => e.GetString()));
        if (scrollWidth > width)
        {
            tab.Problem(string.Create(CultureInfo.InvariantCulture, $"{path} at {Width} px: the page is {scrollWidth} px wide and scrolls sideways (wider than the screen: {wide})"));
        }

        var tables = page.GetProperty("tables").EnumerateArray().ToList();
        foreach (var table in tables)
        {
            var tableWidth = table.GetProperty("width").GetDouble();
            var room = table.GetProperty("room").GetDouble();
            var right = table.GetProperty("right").GetDouble();
            if (tableWidth > room + 1 || right > width + 1)
            {
                tab.Problem(string.Create(CultureInfo.InvariantCulture, $"{path} at {Width} px: table {table.GetProperty("index").GetInt32()} is {tableWidth:0} px wide in {room:0} px and scrolls sideways"));
            }
        }

        foreach (var box in page.GetProperty("boxes").EnumerateArray())
        {
            tab.Problem(string.Create(CultureInfo.InvariantCulture, $"{path} at {Width} px: {box.GetProperty("what").GetString()} reaches {box.GetProperty("right").GetDouble():0} px, past the screen's edge"));
        }

        var cards = tables.Count(t => t.GetProperty("cards").GetBoolean());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs-check: {path} at {Width} px: {scrollWidth} px wide, {tables.Count} table(s) of which {cards} as cards"));
    }
}
