namespace LaborStandard.Cli.Output;

/// <summary>
/// A file the tool writes an answer into (<c>--output</c>), atomically: the bytes go to a temporary file beside it, which
/// takes the name only once everything is written and flushed, so that a failed or interrupted run leaves no
/// half-written file under that name (and an earlier file of that name untouched). A name that is not a regular file (a
/// device such as <c>/dev/null</c>, a pipe) is written directly.
/// </summary>
internal sealed class OutputFile : WriteOnlyStream
{
    private readonly Session _session;
    private readonly string _path;
    private readonly string _target;
    private readonly string? _temporary;
    private readonly FileStream _stream;
    private bool _committed;

    // Bytes written since the last writeback began, and the writeback under way: the disk takes the answer while the
    // batch goes on, instead of all of it after the last record.
    private long _unflushed;
    private Task? _writeback;

    private OutputFile(Session session, string path, string target, string? temporary, FileStream stream)
    {
        _session = session;
        _path = path;
        _target = target;
        _temporary = temporary;
        _stream = stream;
    }

    /// <summary>Creates the file's temporary stand-in (or opens a device).</summary>
    /// <param name="session">The run.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>The stream; <see cref="Commit"/> it when the answer is complete, and dispose it in any case.</returns>
    /// <exception cref="CliException">The path is a folder, its folder does not exist, or it cannot be written.</exception>
    public static OutputFile Create(Session session, string path)
    {
        var target = session.Resolve(path);
        if (Directory.Exists(target))
        {
            throw new CliException(session.Text.IsAFolder(path));
        }

        var special = File.Exists(target) && (File.GetAttributes(target) & FileAttributes.Device) != 0 || IsSpecial(target);
        var temporary = special ? null : Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            var stream = special
                ? new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16)
                : new FileStream(temporary!, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            return new OutputFile(session, path, target, temporary, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(session, path, e);
        }
    }

    /// <summary>Writes a whole answer to a file atomically: <paramref name="write"/> fills the stand-in, which then takes the name.</summary>
    /// <param name="session">The run.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="write">Writes the answer.</param>
    /// <exception cref="CliException">The path is a folder, its folder does not exist, or it cannot be written (named, with the reason).</exception>
    public static void Write(Session session, string path, Action<Stream> write)
    {
        // Pages of an export go into a folder the export makes; a batch's --output names a file in a folder that exists.
        if (Path.GetDirectoryName(session.Resolve(path)) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Failure(session, path, e);
            }
        }

        using var file = Create(session, path);
        write(file);
        file.Commit();
    }

    /// <summary>The error for a write that failed: the path and the reason, in the session's language.</summary>
    /// <param name="session">The run.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="error">What went wrong.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException Failure(Session session, string path, Exception error)
        => new(session.Text.CannotWrite(path, error switch
        {
            DirectoryNotFoundException => session.Text.NoSuchFolder,
            UnauthorizedAccessException => session.Text.NotPermitted,
            IOException io when (io.HResult & 0xFFFF) == DiskFull || io.HResult == DiskFullWindows => session.Text.DiskFull,
            _ => session.Text.WriteFailed,
        }));

    /// <summary>Flushes the bytes to the disk and gives the file its name.</summary>
    /// <exception cref="CliException">The bytes could not be written (the disk is full) or the file could not be renamed.</exception>
    public void Commit()
    {
        try
        {
            _writeback?.Wait();
            _stream.Flush(flushToDisk: _temporary is not null);
            _stream.Dispose();
            if (_temporary is not null)
            {
                File.Move(_temporary, _target, overwrite: true);
            }

            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(_session, _path, e);
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _stream.Write(buffer);
            _unflushed += buffer.Length;
            if (_temporary is not null && _unflushed >= WritebackBytes && (_writeback is null || _writeback.IsCompleted))
            {
                StartWriteback();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(_session, _path, e);
        }
    }

    public override void Flush()
    {
        try
        {
            _stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(_session, _path, e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_committed)
        {
            try
            {
                _writeback?.Wait();
                _stream.Dispose();
            }
            catch (IOException)
            {
                // The answer is being abandoned; the error that abandons it is the one to report.
            }

            if (_temporary is not null)
            {
                File.Delete(_temporary);
            }
        }

        base.Dispose(disposing);
    }

    // Hands what was written so far to the operating system, and asks it on another thread to put it on the disk. A
    // writeback that fails is not reported here: the flush of Commit meets the same error and reports it.
    private void StartWriteback()
    {
        _stream.Flush();
        _unflushed = 0;
        var handle = _stream.SafeFileHandle;
        _writeback = Task.Run(() =>
        {
            try
            {
                RandomAccess.FlushToDisk(handle);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                // Reported by Commit.
            }
        });
    }

    // 32 MiB: large enough that a writeback is worth a thread's start, small enough that the last one is short.
    private const long WritebackBytes = 32L << 20;

    // ENOSPC on Linux and macOS; ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
    private const int DiskFull = 28;
    private const int DiskFullWindows = unchecked((int)0x80070070);

    private static bool IsSpecial(string path)
        => !OperatingSystem.IsWindows() && (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal)) && File.Exists(path);
}
