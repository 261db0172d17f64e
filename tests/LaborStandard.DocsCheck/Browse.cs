namespace LaborStandard.DocsCheck;

/// <summary>
/// <c>docs-check browse</c>: the served site in headless Chromium, as its readers use it — the reading path (desktop),
/// the pictures of the standard and the benchmarks, the search box in Chinese and English, and the widest pages at a
/// phone's width. Every console error, uncaught exception and failed request on the way is a problem too. Screenshots
/// go to the artifacts folder.
/// </summary>
internal static class Browse
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task<IReadOnlyList<string>> RunAsync(Options options)
    {
        using var timeout = new CancellationTokenSource(Limit);
        using var server = options.BaseUrl is null ? Server.Start(options.Site!) : null;
        var site = server?.Url ?? options.BaseUrl!;
        var problems = new List<string>();
        Tab? tab = null;
        try
        {
            await WaitForSiteAsync(site, server, timeout.Token);
            Directory.CreateDirectory(options.Artifacts);
            await using var chromium = await Chromium.StartAsync(options.Chromium, timeout.Token);
            await using var devTools = new DevTools();
            await devTools.ConnectAsync(chromium.Endpoint, timeout.Token);
            try
            {
                tab = await Tab.OpenAsync(devTools, timeout.Token);
                await ReadingPath.WalkAsync(tab, site, options.Artifacts, timeout.Token);
                await Figures.CheckAsync(tab, site, Path.Combine(options.Artifacts, "figures"), timeout.Token);
                await SearchBox.CheckAsync(tab, site, Path.Combine(options.Artifacts, "search"), timeout.Token);
                await PhoneWidth.CheckAsync(tab, site, Path.Combine(options.Artifacts, "phone"), timeout.Token);
            }
            finally
            {
                try
                {
                    using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await devTools.SendAsync("Browser.close", cancellationToken: closing.Token);
                }
                catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
                {
                    // The browser is stopped by force when it does not close by itself.
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or TimeoutException or IOException or HttpRequestException or System.Net.WebSockets.WebSocketException)
        {
            problems.Add(e is OperationCanceledException ? $"the check took longer than {Limit.TotalMinutes} minutes" : e.Message);
        }

        return [.. tab?.Problems ?? [], .. problems];
    }

    private static async Task WaitForSiteAsync(Uri site, Server? server, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(site, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not serving yet.
            }

            if (server is { HasExited: true })
            {
                throw new InvalidOperationException($"dotnet docfx serve stopped before it served the site at {site}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nothing serves the site at {site} after 90 s");
            }

            await Task.Delay(500, cancellationToken);
        }
    }
}
