using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Interop;

namespace LaborStandard.Cli.Input;

/// <summary>Reads the documents the tool is given (files, or stdin for <c>-</c>) through the library's readers, turning every problem into a line that names the file.</summary>
internal static class Documents
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Reads a whole file, or standard input for <c>-</c>, as UTF-8 bytes.</summary>
    /// <param name="session">The run.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="CliException">The file is missing or cannot be read.</exception>
    public static byte[] ReadBytes(Session session, string path)
    {
        if (path == StandardInput)
        {
            using var bytes = new MemoryStream();
            session.In.CopyTo(bytes);
            return bytes.ToArray();
        }

        return Open(session, path, File.ReadAllBytes);
    }

    /// <summary>Opens a file for reading as bytes, or standard input for <c>-</c>.</summary>
    /// <param name="session">The run.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>A stream the caller disposes (standard input is not closed).</returns>
    /// <exception cref="CliException">The file is missing or cannot be read.</exception>
    public static Stream OpenBytes(Session session, string path)
        => path == StandardInput ? new NonClosingStream(session.In) : Open(session, path, full => (Stream)new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));

    /// <summary>Gets the size of a file in bytes, or <see langword="null"/> for standard input.</summary>
    /// <param name="session">The run.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>The size.</returns>
    public static long? Size(Session session, string path)
        => path == StandardInput ? null : new FileInfo(session.Resolve(path)) is { Exists: true } file ? file.Length : null;

    public static OccupationalStandard ReadStandard(Session session, string path)
    {
        var result = StandardReader.Read(ReadBytes(session, path));
        return result.IsValid ? result.Value : throw Invalid(session, path, result.Errors);
    }

    public static EligibilityRules ReadRules(Session session, string path, OccupationalStandard standard)
    {
        var result = RuleDocument.Read(ReadBytes(session, path), standard);
        return result.IsValid ? result.Value : throw Invalid(session, path, result.Errors);
    }

    public static CandidateProfile ReadCandidate(Session session, string path)
    {
        var result = CandidateDocument.Read(ReadBytes(session, path));
        return result.IsValid ? result.Value : throw Invalid(session, path, result.Errors);
    }

    /// <summary>The error of an invalid document: one line per problem, each naming the file, the JSON path, the line where known, and the rule.</summary>
    /// <param name="session">The run, whose language the lines are in.</param>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="errors">The problems.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException Invalid(Session session, string path, IEnumerable<DocumentError> errors)
        {
        var list = errors.ToList();
        return new([.. list.Select(e => $"{Display(path)}: {e.ToString(session.Culture)}")], list);
    }

    /// <summary>How a path is named in messages: as the user wrote it, or <c>&lt;stdin&gt;</c>.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <returns>The name.</returns>
    public static string Display(string path) => path == StandardInput ? "<stdin>" : path;

    private static T Open<T>(Session session, string path, Func<string, T> open)
    {
        var full = session.Resolve(path);
        try
        {
            if (Directory.Exists(full))
            {
                throw new CliException(session.Text.IsAFolder(path));
            }

            return open(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(session.Text.FileNotFound(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(session.Text.FileUnreadable(path, e.Message));
        }
    }

    /// <summary>Standard input, which a <c>using</c> must not close.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
