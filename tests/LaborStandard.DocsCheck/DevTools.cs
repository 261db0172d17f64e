using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LaborStandard.DocsCheck;

/// <summary>
/// A client of the Chrome DevTools Protocol over one WebSocket: commands with their answers, and events handed to a
/// handler as they arrive. Sessions of attached targets share the socket (<c>flatten</c> mode) and are told apart by
/// their session id.
/// </summary>
internal sealed class DevTools : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    /// <summary>Called for every event, on the receiving loop: method, session id (or null), parameters.</summary>
    public Action<string, string?, JsonElement>? OnEvent { get; set; }

    public async Task ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await _socket.ConnectAsync(endpoint, cancellationToken);
        _receiving = Task.Run(ReceiveAsync, CancellationToken.None);
    }

    /// <summary>Sends a command and waits for its result.</summary>
    /// <param name="method">The command, e.g. <c>Page.navigate</c>.</param>
    /// <param name="parameters">Its parameters, or null.</param>
    /// <param name="sessionId">The session of an attached target, or null for the browser.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The command's result.</returns>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteString("method", method);
            if (sessionId is not null)
            {
                writer.WriteString("sessionId", sessionId);
            }

            writer.WritePropertyName("params");
            (parameters ?? []).WriteTo(writer);
            writer.WriteEndObject();
        }

        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }

        using var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        return await answer.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The browser may be gone already; nothing is left to close.
        }

        await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _sending.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(message.GetMemory(64 * 1024), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Advance(result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.WrittenMemory);
                message.ResetWrittenCount();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The connection ended: the commands still waiting fail below.
        }

        foreach (var waiting in _pending.Values)
        {
            waiting.TrySetException(new InvalidOperationException("the DevTools connection to Chromium closed"));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        using var json = JsonDocument.Parse(message);
        var root = json.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (_pending.TryRemove(id.GetInt32(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    answer.TrySetException(new InvalidOperationException($"DevTools error: {error.GetRawText()}"));
                }
                else
                {
                    answer.TrySetResult(root.GetProperty("result").Clone());
                }
            }

            return;
        }

        var method = root.GetProperty("method").GetString()!;
        var sessionId = root.TryGetProperty("sessionId", out var session) ? session.GetString() : null;
        var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
        OnEvent?.Invoke(method, sessionId, parameters);
    }
}
