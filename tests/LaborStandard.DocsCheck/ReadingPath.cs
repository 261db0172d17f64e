using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LaborStandard.DocsCheck;

/// <summary>
/// A reader's path through the served site in headless Chromium: the home page, then by clicking links alone the
/// eligibility guide, the API page of the engine, the standard and its table of 三级 requirements. On the way every
/// console error, uncaught exception and failed request is a problem. Each page is photographed; the last one is
/// <c>screenshot.png</c>.
/// </summary>
internal sealed class ReadingPath
{
    private static readonly Step[] Steps =
    [
        new("home", string.Empty, "LaborStandard", MinimumTables: 1, "1-home.png"),
        new("eligibility guide", "guides/eligibility.html", "Eligibility rules", MinimumTables: 1, "2-eligibility-guide.png"),
        new("API page of the engine", "api/LaborStandard.Eligibility.EligibilityEngine.html", "EligibilityEngine", MinimumTables: 0, "3-api-eligibility-engine.png"),
        new("the standard", "standard/index.html", "国家职业技能标准", MinimumTables: 1, "4-standard.png"),
        new("三级 requirements", "standard/level-3.html", "三级", MinimumTables: 10, "5-level-3.png"),
    ];

    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    private readonly Options _options;
    private readonly Uri _baseUrl;
    private readonly Server? _server;
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, string> _inFlight = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DevTools _devTools = null!;
    private string _session = string.Empty;
    private string _mainFrame = string.Empty;
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _page = "about:blank";

    private ReadingPath(Options options, Server? server)
    {
        _options = options;
        _server = server;
        _baseUrl = server?.Url ?? options.BaseUrl!;
    }

    public static async Task<IReadOnlyList<string>> RunAsync(Options options)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        using var server = options.BaseUrl is null ? Server.Start(options.Site!) : null;
        var walk = new ReadingPath(options, server);
        try
        {
            await walk.WalkAsync(timeout.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or TimeoutException or IOException or HttpRequestException or System.Net.WebSockets.WebSocketException)
        {
            walk.Problem(e is OperationCanceledException ? "the reading path took longer than five minutes" : e.Message);
        }

        lock (walk._lock)
        {
            return [.. walk._problems];
        }
    }

    private async Task WalkAsync(CancellationToken cancellationToken)
    {
        await WaitForSiteAsync(cancellationToken);
        Directory.CreateDirectory(_options.Artifacts);

        await using var chromium = await Chromium.StartAsync(_options.Chromium, cancellationToken);
        await using var devTools = new DevTools { OnEvent = OnEvent };
        _devTools = devTools;
        await devTools.ConnectAsync(chromium.Endpoint, cancellationToken);
        try
        {
            var target = await devTools.SendAsync("Target.createTarget", new() { ["url"] = "about:blank" }, cancellationToken: cancellationToken);
            var targetId = target.GetProperty("targetId").GetString()!;
            var attached = await devTools.SendAsync("Target.attachToTarget", new() { ["targetId"] = targetId, ["flatten"] = true }, cancellationToken: cancellationToken);
            lock (_lock)
            {
                _mainFrame = targetId;   // a page target's main frame has the target's id
                _session = attached.GetProperty("sessionId").GetString()!;
            }

            foreach (var domain in (string[])["Page", "Runtime", "Log", "Network"])
            {
                await SendAsync($"{domain}.enable", null, cancellationToken);
            }

            await SendAsync("Page.setLifecycleEventsEnabled", new() { ["enabled"] = true }, cancellationToken);
            await SendAsync("Emulation.setDeviceMetricsOverride", new() { ["width"] = 1280, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false }, cancellationToken);

            var home = Steps[0];
            Console.WriteLine($"docs-check: open {_baseUrl}");
            var loaded = ExpectLoad();
            await SendAsync("Page.navigate", new() { ["url"] = _baseUrl.ToString() }, cancellationToken);
            await ArriveAsync(home, 1, loaded, cancellationToken);

            for (var i = 1; i < Steps.Length; i++)
            {
                var step = Steps[i];
                var link = await FindLinkAsync(new Uri(_baseUrl, step.Path), cancellationToken);
                if (link is null)
                {
                    Problem($"{_page}: no visible link to {step.Path} ({step.Name}); a reader cannot follow the path");
                    return;
                }

                Console.WriteLine($"docs-check: click \"{link.Value.Text}\" ({link.Value.Href})");
                loaded = ExpectLoad();
                await ClickAsync(link.Value.X, link.Value.Y, cancellationToken);
                await ArriveAsync(step, i + 1, loaded, cancellationToken);
            }
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

    /// <summary>Waits for the page a navigation leads to, lets its requests finish, checks it and photographs it.</summary>
    private async Task ArriveAsync(Step step, int number, Task loaded, CancellationToken cancellationToken)
    {
        try
        {
            await loaded.WaitAsync(PageTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{step.Name}: the page did not finish loading within {PageTimeout.TotalSeconds} s");
        }

        await SettleAsync(step, cancellationToken);
        var state = await EvaluateAsync(
            "JSON.stringify({ path: location.pathname, title: document.title, heading: ((document.querySelector('article h1') || document.querySelector('h1') || {}).textContent || '').trim(), tables: document.querySelectorAll('article table').length })",
            cancellationToken);
        using var json = JsonDocument.Parse(state.GetString()!);
        var page = json.RootElement;
        var path = page.GetProperty("path").GetString()!;
        var heading = page.GetProperty("heading").GetString()!;
        var tables = page.GetProperty("tables").GetInt32();
        var expected = new Uri(_baseUrl, step.Path).AbsolutePath;
        if (path != expected && !(step.Path.Length == 0 && path == expected + "index.html"))
        {
            Problem($"{step.Name}: the link led to {path}, not {expected}");
        }

        if (!heading.Contains(step.Heading, StringComparison.Ordinal))
        {
            Problem($"{step.Name}: the heading is '{heading}', without '{step.Heading}'");
        }

        if (tables < step.MinimumTables)
        {
            Problem(string.Create(CultureInfo.InvariantCulture, $"{step.Name}: {tables} table(s) in the article, at least {step.MinimumTables} expected"));
        }

        var shot = await SendAsync("Page.captureScreenshot", new() { ["format"] = "png" }, cancellationToken);
        var bytes = Convert.FromBase64String(shot.GetProperty("data").GetString()!);
        var file = Path.Combine(_options.Artifacts, step.Screenshot);
        await File.WriteAllBytesAsync(file, bytes, cancellationToken);
        if (number == Steps.Length)
        {
            await File.WriteAllBytesAsync(Path.Combine(_options.Artifacts, "screenshot.png"), bytes, cancellationToken);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docs-check: {number}. {step.Name}: {_page} — \"{heading}\", {tables} table(s), screenshot {file}"));
    }

    /// <summary>
    /// Waits until the browser says the page is network-idle (no request for half a second), so the page is rendered
    /// by its scripts and late errors are seen.
    /// </summary>
    private async Task SettleAsync(Step step, CancellationToken cancellationToken)
    {
        Task idle;
        lock (_lock)
        {
            idle = _idle.Task;
        }

        try
        {
            await idle.WaitAsync(PageTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (_lock)
            {
                Problem($"{step.Name}: requests still unanswered after {PageTimeout.TotalSeconds} s: {string.Join(", ", _inFlight.Values)}");
            }
        }
    }

    /// <summary>Finds a visible link to a page, preferring the article's links to the navigation's, and scrolls it into view.</summary>
    private async Task<(double X, double Y, string Text, string Href)?> FindLinkAsync(Uri target, CancellationToken cancellationToken)
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
            var found = await EvaluateAsync(script, cancellationToken);
            if (found.ValueKind == JsonValueKind.String)
            {
                using var json = JsonDocument.Parse(found.GetString()!);
                var link = json.RootElement;
                return (link.GetProperty("x").GetDouble(), link.GetProperty("y").GetDouble(), link.GetProperty("text").GetString()!, link.GetProperty("href").GetString()!);
            }

            await Task.Delay(250, cancellationToken);
        }
        while (DateTime.UtcNow < deadline);
        return null;
    }

    /// <summary>A left click as a person makes it: the pointer moves there, presses and releases.</summary>
    private async Task ClickAsync(double x, double y, CancellationToken cancellationToken)
    {
        await SendAsync("Input.dispatchMouseEvent", new() { ["type"] = "mouseMoved", ["x"] = x, ["y"] = y }, cancellationToken);
        foreach (var type in (string[])["mousePressed", "mouseReleased"])
        {
            await SendAsync("Input.dispatchMouseEvent", new() { ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 }, cancellationToken);
        }
    }

    private async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new() { ["expression"] = expression, ["returnByValue"] = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"the check's own script failed: {error.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    private Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
        => _devTools.SendAsync(method, parameters, _session, cancellationToken);

    private Task ExpectLoad()
    {
        lock (_lock)
        {
            _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _loaded.Task;
        }
    }

    private async Task WaitForSiteAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(_baseUrl, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not serving yet.
            }

            if (_server is { HasExited: true })
            {
                throw new InvalidOperationException($"dotnet docfx serve stopped before it served the site at {_baseUrl}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nothing serves the site at {_baseUrl} after 90 s");
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>Records what the page does: its errors, its requests and their answers, its loads.</summary>
    private void OnEvent(string method, string? session, JsonElement parameters)
    {
        if (session != _session || _session.Length == 0)
        {
            return;
        }

        lock (_lock)
        {
            switch (method)
            {
                case "Page.frameNavigated" when !parameters.GetProperty("frame").TryGetProperty("parentId", out _):
                    _page = parameters.GetProperty("frame").GetProperty("url").GetString()!;
                    break;
                case "Page.loadEventFired":
                    _loaded.TrySetResult();
                    break;
                case "Page.lifecycleEvent" when parameters.GetProperty("frameId").GetString() == _mainFrame:
                    var name = parameters.GetProperty("name").GetString();
                    if (name == "init")
                    {
                        _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);   // a new document
                    }
                    else if (name == "networkIdle")
                    {
                        _idle.TrySetResult();
                    }

                    break;
                case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert":
                    Problem($"{_page}: console {parameters.GetProperty("type").GetString()}: {string.Join(' ', parameters.GetProperty("args").EnumerateArray().Select(Describe))}");
                    break;
                case "Runtime.exceptionThrown":
                    var details = parameters.GetProperty("exceptionDetails");
                    Problem($"{_page}: uncaught exception: {(details.TryGetProperty("exception", out var exception) ? Describe(exception) : details.GetProperty("text").GetString())}");
                    break;
                case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error":
                    var entry = parameters.GetProperty("entry");
                    Problem($"{_page}: console error: {entry.GetProperty("text").GetString()}{(entry.TryGetProperty("url", out var url) ? $" ({url.GetString()})" : string.Empty)}");
                    break;
                case "Network.requestWillBeSent":
                    _inFlight[parameters.GetProperty("requestId").GetString()!] = parameters.GetProperty("request").GetProperty("url").GetString()!;
                    break;
                case "Network.responseReceived" when parameters.GetProperty("response").GetProperty("status").GetInt32() >= 400:
                    var response = parameters.GetProperty("response");
                    Problem(string.Create(CultureInfo.InvariantCulture, $"{_page}: HTTP {response.GetProperty("status").GetInt32()} for {response.GetProperty("url").GetString()}"));
                    break;
                case "Network.loadingFinished":
                    _inFlight.Remove(parameters.GetProperty("requestId").GetString()!);
                    break;
                case "Network.loadingFailed":
                    _inFlight.Remove(parameters.GetProperty("requestId").GetString()!, out var failed);
                    if (!(parameters.TryGetProperty("canceled", out var canceled) && canceled.GetBoolean()))
                    {
                        Problem($"{_page}: request failed: {failed ?? parameters.GetProperty("requestId").GetString()} ({parameters.GetProperty("errorText").GetString()})");
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private void Problem(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
        }
    }

    private static string Describe(JsonElement remoteObject)
        => remoteObject.TryGetProperty("value", out var value) ? value.ToString()
            : remoteObject.TryGetProperty("description", out var description) ? description.GetString()!
            : remoteObject.GetProperty("type").GetString()!;
}
