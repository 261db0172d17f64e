using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LaborStandard.DocsCheck;

/// <summary>
/// One browser tab driven over the DevTools protocol as a reader uses it: it loads pages, clicks, types and takes
/// screenshots. Everything the page does wrong on the way — a console error, an uncaught exception, a failed request
/// or one answered with an HTTP error — is recorded as a problem.
/// </summary>
internal sealed class Tab
{
    /// <summary>How long a page may take to load and to settle.</summary>
    public static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    private readonly DevTools _devTools;
    private readonly string _session;
    private readonly string _mainFrame;
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, string> _inFlight = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _page = "about:blank";

    private Tab(DevTools devTools, string session, string mainFrame)
    {
        _devTools = devTools;
        _session = session;
        _mainFrame = mainFrame;
    }

    /// <summary>Gets the address of the page the tab shows.</summary>
    public string Page
    {
        get
        {
            lock (_lock)
            {
                return _page;
            }
        }
    }

    /// <summary>Gets the problems seen so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Opens a tab at about:blank, with its events reported to it, at a desktop size.</summary>
    /// <param name="devTools">The browser's DevTools connection; its events are forwarded to the tab.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The tab.</returns>
    public static async Task<Tab> OpenAsync(DevTools devTools, CancellationToken cancellationToken)
    {
        var target = await devTools.SendAsync("Target.createTarget", new() { ["url"] = "about:blank" }, cancellationToken: cancellationToken);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await devTools.SendAsync("Target.attachToTarget", new() { ["targetId"] = targetId, ["flatten"] = true }, cancellationToken: cancellationToken);

        // A page target's main frame has the target's id.
        var tab = new Tab(devTools, attached.GetProperty("sessionId").GetString()!, targetId);
        devTools.OnEvent = tab.OnEvent;
        foreach (var domain in (string[])["Page", "Runtime", "Log", "Network"])
        {
            await tab.SendAsync($"{domain}.enable", null, cancellationToken);
        }

        await tab.SendAsync("Page.setLifecycleEventsEnabled", new() { ["enabled"] = true }, cancellationToken);
        await tab.ResizeAsync(1280, 900, mobile: false, cancellationToken);
        return tab;
    }

    /// <summary>Records a problem.</summary>
    /// <param name="problem">What is wrong, naming the page.</param>
    public void Problem(string problem)
    {
        lock (_lock)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Sets the size of the page's viewport, as a desktop window or as a phone's screen.</summary>
    /// <param name="width">The width in CSS pixels.</param>
    /// <param name="height">The height in CSS pixels.</param>
    /// <param name="mobile">Whether to emulate a phone (its viewport meta tag and its scroll bars).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task.</returns>
    public Task ResizeAsync(int width, int height, bool mobile, CancellationToken cancellationToken)
        => SendAsync(
            "Emulation.setDeviceMetricsOverride",
            new() { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = mobile ? 2 : 1, ["mobile"] = mobile },
            cancellationToken);

    /// <summary>Opens a page by its address, as a reader typing it, and waits until it has loaded and settled.</summary>
    /// <param name="url">The address.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task.</returns>
    public async Task OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var loaded = ExpectLoad();
        await SendAsync("Page.navigate", new() { ["url"] = url.ToString() }, cancellationToken);
        await ArriveAsync(loaded, url.ToString(), cancellationToken);
    }

    /// <summary>Starts waiting for the next page to load; call before what navigates.</summary>
    /// <returns>The load, to pass to <see cref="ArriveAsync"/>.</returns>
    public Task ExpectLoad()
    {
        lock (_lock)
        {
            _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _loaded.Task;
        }
    }

    /// <summary>
    /// Waits for a page to load, then until the browser says it is network-idle (no request for half a second), so the
    /// page is rendered by its scripts and late errors are seen.
    /// </summary>
    /// <param name="loaded">The load (from <see cref="ExpectLoad"/>).</param>
    /// <param name="name">The page's name, for messages.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task.</returns>
    public async Task ArriveAsync(Task loaded, string name, CancellationToken cancellationToken)
    {
        try
        {
            await loaded.WaitAsync(PageTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{name}: the page did not finish loading within {PageTimeout.TotalSeconds} s");
        }

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
                Problem($"{name}: requests still unanswered after {PageTimeout.TotalSeconds} s: {string.Join(", ", _inFlight.Values)}");
            }
        }
    }

    /// <summary>Evaluates a script in the page; a promise is awaited.</summary>
    /// <param name="expression">The script.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The value it returns, or an undefined element.</returns>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new() { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"the check's own script failed on {Page}: {error.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Evaluates a script that returns JSON text, and parses it.</summary>
    /// <param name="expression">The script, returning <c>JSON.stringify(...)</c>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The parsed value; null when the script returned null.</returns>
    public async Task<JsonDocument?> EvaluateJsonAsync(string expression, CancellationToken cancellationToken)
    {
        var value = await EvaluateAsync(expression, cancellationToken);
        return value.ValueKind == JsonValueKind.String ? JsonDocument.Parse(value.GetString()!) : null;
    }

    /// <summary>Evaluates a condition until it holds.</summary>
    /// <param name="condition">A script returning true or false.</param>
    /// <param name="timeout">How long to try.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Whether it held in time.</returns>
    public async Task<bool> WaitForAsync(string condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        do
        {
            if (await EvaluateAsync(condition, cancellationToken) is { ValueKind: JsonValueKind.True })
            {
                return true;
            }

            await Task.Delay(200, cancellationToken);
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    /// <summary>A left click as a person makes it: the pointer moves there, presses and releases.</summary>
    /// <param name="x">The horizontal position in the viewport.</param>
    /// <param name="y">The vertical position in the viewport.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task.</returns>
    public async Task ClickAsync(double x, double y, CancellationToken cancellationToken)
    {
        await SendAsync("Input.dispatchMouseEvent", new() { ["type"] = "mouseMoved", ["x"] = x, ["y"] = y }, cancellationToken);
        foreach (var type in (string[])["mousePressed", "mouseReleased"])
        {
            await SendAsync("Input.dispatchMouseEvent", new() { ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 }, cancellationToken);
        }
    }

    /// <summary>
    /// Types text into the focused field as an input method commits it: Chinese is entered through an input method, which
    /// hands the page whole words rather than key presses.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task.</returns>
    public Task TypeAsync(string text, CancellationToken cancellationToken)
        => SendAsync("Input.insertText", new() { ["text"] = text }, cancellationToken);

    /// <summary>Saves a screenshot of the viewport, or of a region of the page.</summary>
    /// <param name="file">The PNG file.</param>
    /// <param name="clip">The region in page coordinates (x, y, width, height), or null for the viewport.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The PNG's bytes.</returns>
    public async Task<byte[]> ScreenshotAsync(string file, (double X, double Y, double Width, double Height)? clip, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject { ["format"] = "png" };
        if (clip is { } region)
        {
            parameters["captureBeyondViewport"] = true;
            parameters["clip"] = new JsonObject { ["x"] = region.X, ["y"] = region.Y, ["width"] = region.Width, ["height"] = region.Height, ["scale"] = 1 };
        }

        var shot = await SendAsync("Page.captureScreenshot", parameters, cancellationToken);
        var bytes = Convert.FromBase64String(shot.GetProperty("data").GetString()!);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await File.WriteAllBytesAsync(file, bytes, cancellationToken);
        return bytes;
    }

    /// <summary>Sends a command to the tab's session.</summary>
    /// <param name="method">The command.</param>
    /// <param name="parameters">Its parameters, or null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Its result.</returns>
    public Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
        => _devTools.SendAsync(method, parameters, _session, cancellationToken);

    /// <summary>Records what the page does: its errors, its requests and their answers, its loads.</summary>
    private void OnEvent(string method, string? session, JsonElement parameters)
    {
        if (session != _session)
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

    private static string Describe(JsonElement remoteObject)
        => remoteObject.TryGetProperty("value", out var value) ? value.ToString()
            : remoteObject.TryGetProperty("description", out var description) ? description.GetString()!
            : remoteObject.GetProperty("type").GetString()!;
}
