using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LaborStandard.DocsCheck;

/// <summary>
/// The built site served as a reader serves it (<c>dotnet docfx serve</c>, the repository's local tool) on 127.0.0.1 at
/// a port that is free, stopped with every process it started when disposed.
/// </summary>
internal sealed class Server : IDisposable
{
    private readonly Process _process;

    private Server(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>Gets the site's address, ending with a slash.</summary>
    public Uri Url { get; }

    /// <summary>Gets a value indicating whether the server has stopped, e.g. because it could not listen.</summary>
    public bool HasExited => _process.HasExited;

    public static Server Start(string site)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["docfx", "serve", site, "--hostname", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet docfx serve");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine($"docfx serve: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Server(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    /// <summary>A port no one listens on now: the system's choice for a listener that is closed at once.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
