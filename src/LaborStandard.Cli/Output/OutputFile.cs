namespace LaborStandard.Cli.Output;

/// <summary>
/// Writes a file the user named, atomically: the bytes go to a temporary file in the same folder, which is then renamed
/// over the name. Contract: on success the file under the name is complete; on any failure no file is left under the
/// name (an existing file is left as it was) and the temporary file is removed; a folder, an unwritable path or a full
/// disk is a <see cref="CliException"/> (exit code <see cref="ExitCodes.BadInput"/>) whose message names the path, in
/// the run's language, never an internal error. The folder of the file is created when missing. A device or a
/// descriptor (an existing path under <c>/dev/</c> or <c>/proc/</c>, such as <c>/dev/stdout</c> or a process
/// substitution) is written in place, since it cannot be replaced by a rename.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes a file atomically.</summary>
    /// <param name="session">The run, whose language the error is in.</param>
    /// <param name="path">The full path of the file.</param>
    /// <param name="write">Writes the content into the stream it is given.</param>
    /// <exception cref="CliException">The file cannot be written.</exception>
    public static void Write(Session session, string path, Action<Stream> write)
    {
        if (Directory.Exists(path))
        {
            throw new CliException(session.Text.IsAFolder(path));
        }

        string? temporary = null;
        try
        {
            if (IsDevice(path))
            {
                using var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                write(device);
                device.Flush();
                return;
            }

            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            temporary = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(session.Text.CannotWrite(path, e.Message));
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Best effort: the failure already reported matters more than a leftover temporary file.
                }
            }
        }
    }

    private static bool IsDevice(string path)
        => !OperatingSystem.IsWindows() && File.Exists(path)
           && (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal));
}
