namespace LaborStandard.DocsCheck;

/// <summary>The options of <c>docs-check browse</c>.</summary>
/// <param name="Site">The built site to serve, or null when <paramref name="BaseUrl"/> is given.</param>
/// <param name="BaseUrl">Where the site is served already, or null to serve <paramref name="Site"/>.</param>
/// <param name="Chromium">The Chromium executable.</param>
/// <param name="Artifacts">The folder the screenshots go to.</param>
internal sealed record Options(string? Site, Uri? BaseUrl, string Chromium, string Artifacts)
{
    public static bool TryParse(IReadOnlyList<string> args, out Options options)
    {
        options = null!;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        Uri? baseUrl = null;
        if (args.Count % 2 != 0
            || values.Keys.Any(k => k is not ("--site" or "--url" or "--chromium" or "--artifacts"))
            || values.ContainsKey("--site") == values.ContainsKey("--url")
            || (values.TryGetValue("--url", out var url) && !Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out baseUrl))
            || !values.TryGetValue("--chromium", out var chromium)
            || !values.TryGetValue("--artifacts", out var artifacts))
        {
            return false;
        }

        options = new Options(values.GetValueOrDefault("--site"), baseUrl, chromium, artifacts);
        return true;
    }
}
