using System.Globalization;
using System.Text.Json.Nodes;

namespace LaborStandard.DocsCheck;

/// <summary>
/// The site's search box as a reader uses it: words typed in (Chinese as an input method commits it), the results the
/// box shows, and the page each query must find among its first results. Chinese words and phrases, item codes, clause
/// numbers and English words are each tried, and a word the site does not hold must find nothing. The phone's search
/// is tried too: the box sits behind the navigation button there.
/// </summary>
internal static class SearchBox
{
    /// <summary>How far down the results the page must be: the first page of results shows ten.</summary>
    private const int Top = 5;

    private static readonly (string Query, string? Page)[] Queries =
    [
        ("担保", "standard/level-4.html"),
        ("劳动关系", "standard/level-4.html"),
        ("创业担保贷款", "standard/level-4.html"),
        ("申报条件", "standard/application-conditions.html"),
        ("2.4.2", "standard/level-4.html"),
        ("3.1.1", "standard/level-3.html"),
        ("1.9.1", "standard/application-conditions.html"),
        ("eligibility", "guides/eligibility.html"),
        ("EligibilityEngine", "api/LaborStandard.Eligibility.EligibilityEngine.html"),
        ("RulesEngine", "guides/benchmarks.html"),
        ("量子力学", null),   // not on the site: the box must say so rather than show every page
    ];

    private const string Results = """
        (() => {
          const list = document.querySelector('#search-results .search-list');
          return JSON.stringify({
            summary: list ? list.textContent.trim() : '',
            pages: [...document.querySelectorAll('#search-results .sr-item .item-title a')].map(a => new URL(a.href).pathname)
          });
        })()
        """;

    public static async Task CheckAsync(Tab tab, Uri site, string artifacts, CancellationToken cancellationToken)
    {
        await tab.ResizeAsync(1280, 900, mobile: false, cancellationToken);
        await tab.OpenAsync(new Uri(site, "index.html"), cancellationToken);
        var number = 0;
        foreach (var (query, page) in Queries)
        {
            number++;
            await AskAsync(tab, site, query, page, Path.Combine(artifacts, string.Create(CultureInfo.InvariantCulture, $"desktop-{number}.png")), cancellationToken);
        }

        // A reader on a phone: the box is behind the navigation button.
        await tab.ResizeAsync(390, 844, mobile: true, cancellationToken);
        await tab.OpenAsync(new Uri(site, "index.html"), cancellationToken);
        await ClickAsync(tab, "header button[data-bs-target='#navpanel']", cancellationToken);
        await tab.WaitForAsync("(() => { const r = document.getElementById('search-query').getBoundingClientRect(); return r.width > 0 && r.height > 0; })()", TimeSpan.FromSeconds(5), cancellationToken);
        await AskAsync(tab, site, "创业担保贷款", "standard/level-4.html", Path.Combine(artifacts, "phone.png"), cancellationToken);
    }

    /// <summary>Types a query into the box, replacing what was there, and checks what it finds.</summary>
    private static async Task AskAsync(Tab tab, Uri site, string query, string? page, string screenshot, CancellationToken cancellationToken)
    {
        if (!await tab.WaitForAsync("!!(window.docfx && window.docfx.searchReady)", TimeSpan.FromSeconds(20), cancellationToken))
        {
            tab.Problem($"search: the box was not ready within 20 s on {tab.Page} (its index did not load)");
            return;
        }

        await ClickAsync(tab, "#search-query", cancellationToken);
        await tab.EvaluateAsync("document.getElementById('search-query').select()", cancellationToken);   // what is typed replaces it
        await tab.TypeAsync(query, cancellationToken);
        var quoted = JsonValue.Create(query).ToJsonString();
        if (!await tab.WaitForAsync($"(() => {{ const l = document.querySelector('#search-results .search-list'); return !!l && l.textContent.includes({quoted}); }})()", TimeSpan.FromSeconds(10), cancellationToken))
        {
            tab.Problem($"search \"{query}\": no results were shown within 10 s");
            return;
        }

        using var json = await tab.EvaluateJsonAsync(Results, cancellationToken);
        var pages = json!.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!).ToList();
        await tab.ScreenshotAsync(screenshot, clip: null, cancellationToken);
        var found = string.Join(", ", pages.Take(Top).Select(p => p.TrimStart('/')));
        if (page is null)
        {
            if (pages.Count > 0)
            {
                tab.Problem($"search \"{query}\": found {pages.Count} page(s) ({found}), expected none");
            }
        }
        else if (pages.Count == 0)
        {
            tab.Problem($"search \"{query}\": found nothing; expected {page}");
        }
        else if (!pages.Take(Top).Contains(new Uri(site, page).AbsolutePath))
        {
            tab.Problem(string.Create(CultureInfo.InvariantCulture, $"search \"{query}\": {page} is not among the first {Top} results ({found})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs-check: search \"{query}\": {json.RootElement.GetProperty("summary").GetString()} — {found}"));
    }

    private static async Task ClickAsync(Tab tab, string selector, CancellationToken cancellationToken)
    {
        var quoted = JsonValue.Create(selector).ToJsonString();
        using var json = await tab.EvaluateJsonAsync(
            $"(() => {{ const e = document.querySelector({quoted}); if (!e) return null; e.scrollIntoView({{ block: 'center' }}); const r = e.getBoundingClientRect(); return JSON.stringify({{ x: r.left + r.width / 2, y: r.top + r.height / 2, visible: r.width > 0 && r.height > 0 }}); }})()",
            cancellationToken);
        if (json is null || !json.RootElement.GetProperty("visible").GetBoolean())
        {
            throw new InvalidOperationException($"search: {selector} is missing or hidden on {tab.Page}");
        }

        await tab.ClickAsync(json.RootElement.GetProperty("x").GetDouble(), json.RootElement.GetProperty("y").GetDouble(), cancellationToken);
    }
}
