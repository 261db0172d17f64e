using System.Globalization;
using System.Text.Json.Nodes;

namespace LaborStandard.DocsCheck;

/// <summary>
/// A reader's path through the served site: the home page, then by clicking links alone the eligibility guide, the API
/// page of the engine, the standard and its table of 三级 requirements. Each page is photographed; the last one is
/// <c>screenshot.png</c>.
/// </summary>
internal static class ReadingPath
{
    private static readonly Step[] Steps =
    [
        new("home", string.Empty, "LaborStandard", MinimumTables: 1, "1-home.png"),
        new("eligibility guide", "guides/eligibility.html", "Eligibility rules", MinimumTables: 1, "2-eligibility-guide.png"),
        new("API page of the engine", "api/LaborStandard.Eligibility.EligibilityEngine.html", "EligibilityEngine", MinimumTables: 0, "3-api-eligibility-engine.png"),
        new("the standard", "standard/index.html", "国家职业技能标准", MinimumTables: 1, "4-standard.png"),
        new("三级 requirements", "standard/level-3.html", "三级", MinimumTables: 10, "5-level-3.png"),
    ];

    /// <summary>Walks the path from the home page, at a desktop size.</summary>
    /// <param name="tab">The tab.</param>
    /// <param name="site">The site's address, ending with a slash.</param>
    /// <param name="artifacts">The folder of the screenshots.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>A task.</returns>
    public static async Task WalkAsync(Tab tab, Uri site, string artifacts, CancellationToken cancellationToken)
    {
        await tab.ResizeAsync(1280, 900, mobile: false, cancellationToken);
        var home = Steps[0];
        Console.WriteLine($"docs-check: open {site}");
        await tab.OpenAsync(site, cancellationToken);
        await CheckAsync(tab, site, home, 1, artifacts, cancellationToken);

        for (var i = 1; i < Steps.Length; i++)
        {
            var step = Steps[i];
            var link = await FindLinkAsync(tab, new Uri(site, step.Path), cancellationToken);
            if (link is null)
            {
                tab.Problem($"{tab.Page}: no visible link to {step.Path} ({step.Name}); a reader cannot follow the path");
                return;
            }

            Console.WriteLine($"docs-check: click \"{link.Value.Text}\" ({link.Value.Href})");
            var loaded = tab.ExpectLoad();
            await tab.ClickAsync(link.Value.X, link.Value.Y, cancellationToken);
            await tab.ArriveAsync(loaded, step.Name, cancellationToken);
            await CheckAsync(tab, site, step, i + 1, artifacts, cancellationToken);
        }
    }

    /// <summary>Checks the page a step arrived at and photographs it.</summary>
    private static async Task CheckAsync(Tab tab, Uri site, Step step, int number, string artifacts, CancellationToken cancellationToken)
    {
        using var state = await tab.EvaluateJsonAsync(
            "JSON.stringify({ path: location.pathname, title: document.title, heading: ((document.querySelector('article h1') || document.querySelector('h1') || {}).textContent || '').trim(), tables: document.querySelectorAll('article table').length })",
            cancellationToken);
        var page = state!.RootElement;
        var path = page.GetProperty("path").GetString()!;
        var heading = page.GetProperty("heading").GetString()!;
        var tables = page.GetProperty("tables").GetInt32();
        var expected = new Uri(site, step.Path).AbsolutePath;
        if (path != expected && !(step.Path.Length == 0 && path == expected + "index.html"))
        {
            tab.Problem($"{step.Name}: the link led to {path}, not {expected}");
        }

        if (!heading.Contains(step.Heading, StringComparison.Ordinal))
        {
            tab.Problem($"{step.Name}: the heading is '{heading}', without '{step.Heading}'");
        }

        if (tables < step.MinimumTables)
        {
            tab.Problem(string.Create(CultureInfo.InvariantCulture, $"{step.Name}: {tables} table(s) in the article, at least {step.MinimumTables} expected"));
        }

        var file = Path.Combine(artifacts, step.Screenshot);
        var bytes = await tab.ScreenshotAsync(file, clip: null, cancellationToken);
        if (number == Steps.Length)
        {
            await File.WriteAllBytesAsync(Path.Combine(artifacts, "screenshot.png"), bytes, cancellationToken);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs-check: {number}. {step.Name}: {tab.Page} — \"{heading}\", {tables} table(s), screenshot {file}"));
    }

    /// <summary>Finds a visible link to a page, preferring the article's links to the navigation's, and scrolls it into view.</summary>
    private static async Task<(double X, double Y, string Text, string Href)?> FindLinkAsync(Tab tab, Uri target, CancellationToken cancellationToken)
    {
        var script = $$"""
            (() => {
              const want = {{JsonValue.Create(target.ToString()).ToJsonString()}};
              const same = a => { const u = new URL(a.href, location.href); u.hash = ''; return u.href === want; };
              const candidates = [...document.querySelectorAll('article a[href]'), ...document.querySelectorAll('a[href]')].filter(same);
              for (const a of candidates) {
                a.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
                const r = a.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                if (!a.contains(document.elementFromPoint(x, y))) continue;
                return JSON.stringify({ x, y, text: a.textContent.trim(), href: a.getAttribute('href') });
              }
              return null;
            })()
            """;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        do
        {
            using var found = await tab.EvaluateJsonAsync(script, cancellationToken);
            if (found is not null)
            {
                var link = found.RootElement;
                return (link.GetProperty("x").GetDouble(), link.GetProperty("y").GetDouble(), link.GetProperty("text").GetString()!, link.GetProperty("href").GetString()!);
            }

            await Task.Delay(250, cancellationToken);
        }
        while (DateTime.UtcNow < deadline);
        return null;
    }
}
