using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LaborStandard.DocsCheck;

/// <summary>
/// Headless Chromium with its DevTools endpoint on a port of its own choosing, in a new empty profile that is deleted
/// afterwards. The flags keep it off the network but for the pages it is sent to.
/// </summary>
internal sealed partial class Chromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly List<string> _log;

    private Chromium(Process process, string profile, Uri endpoint, List<string> log)
    {
        _process = process;
        _profile = profile;
        _log = log;
        Endpoint = endpoint;
    }

    /// <summary>Gets the browser's DevTools WebSocket.</summary>
    public Uri Endpoint { get; }

    /// <summary>Gets the last lines Chromium wrote to stderr, for a failure message.</summary>
    public string Log => Tail(_log);

    public static async Task<Chromium> StartAsync(string executable, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("docs-check-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
            "--hide-scrollbars", "--window-size=1280,900", $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"])
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var log = new List<string>();
        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                endpoint.TrySetException(new InvalidOperationException($"Chromium ended before it opened DevTools:\n{Tail(log)}"));
                return;
            }

            lock (log)
            {
                log.Add(e.Data);
            }

            if (Listening().Match(e.Data) is { Success: true } match)
            {
                endpoint.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        try
        {
            var uri = await endpoint.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return new Chromium(process, profile, uri, log);
        }
        catch
        {
            Stop(process);
            process.Dispose();
            Directory.Delete(profile, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Stop(_process);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A file the browser still held: the temporary folder is left behind, nothing else.
        }
    }

    private static string Tail(List<string> log)
    {
        lock (log)
        {
            return string.Join('\n', log.TakeLast(20));
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Listening();
}
