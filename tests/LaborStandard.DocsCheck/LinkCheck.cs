using System.Text.Json;
using System.Text.RegularExpressions;

namespace LaborStandard.DocsCheck;

/// <summary>
/// Every internal link of the built site: each <c>href</c> and <c>src</c> of every page, and each link of the tables
/// of contents (<c>toc.json</c>), must name a file of the site and, with a fragment, an id on that page. Links to
/// other sites are not followed.
/// </summary>
internal static partial class LinkCheck
{
    /// <summary>Checks a built site.</summary>
    /// <param name="site">The site's folder, e.g. <c>docs/_site</c>.</param>
    /// <returns>One line per broken link; empty when every link resolves.</returns>
    public static IReadOnlyList<string> Run(string site)
    {
        var root = Path.GetFullPath(site);
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            return [$"{site} holds no index.html: build the site first"];
        }

        var problems = new List<string>();
        var targets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var pages = Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var links = 0;
        foreach (var page in pages)
        {
            foreach (var link in Html.Links(File.ReadAllText(page)))
            {
                links++;
                Check(root, page, link, targets, problems);
            }
        }

        foreach (var toc in Directory.GetFiles(root, "toc.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(toc));
            foreach (var link in TocLinks(json.RootElement))
            {
                links++;
                Check(root, toc, link, targets, problems);
            }
        }

        Console.WriteLine($"docs-check: {links} links in {pages.Count} pages checked, {problems.Count} broken");
        return problems;
    }

    private static void Check(string root, string from, string link, Dictionary<string, HashSet<string>> targets, List<string> problems)
    {
        if (link.Length == 0 || link.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(link))
        {
            return;
        }

        var name = Path.GetRelativePath(root, from).Replace('\\', '/');
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(link[(hash + 1)..]);
        var path = hash < 0 ? link : link[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = Uri.UnescapeDataString(query < 0 ? path : path[..query]);

        var target = path.Length == 0 ? from
            : path.StartsWith('/') ? Path.GetFullPath(Path.Combine(root, path.TrimStart('/')))
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from)!, path));
        if (Directory.Exists(target))
        {
            target = Path.Combine(target, "index.html");
        }

        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problems.Add($"{name}: link '{link}' leaves the site");
            return;
        }

        if (!File.Exists(target))
        {
            problems.Add($"{name}: broken link '{link}': no file {Path.GetRelativePath(root, target).Replace('\\', '/')}");
            return;
        }

        if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal))
        {
            if (!targets.TryGetValue(target, out var ids))
            {
                ids = Html.Targets(File.ReadAllText(target));
                targets.Add(target, ids);
            }

            if (!ids.Contains(fragment))
            {
                problems.Add($"{name}: broken link '{link}': {Path.GetRelativePath(root, target).Replace('\\', '/')} has no element with id '{fragment}'");
            }
        }
    }

    /// <summary>The links of a table of contents: every <c>href</c>, <c>tocHref</c> and <c>topicHref</c>, at any depth.</summary>
    private static IEnumerable<string> TocLinks(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(TocLinks);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return element.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.String && p.Name is "href" or "tocHref" or "topicHref" ? [p.Value.GetString()!] : TocLinks(p.Value));
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
