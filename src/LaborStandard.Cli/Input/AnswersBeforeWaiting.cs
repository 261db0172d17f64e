namespace LaborStandard.Cli.Input;

/// <summary>
/// The input of a batch from a pipe, which runs an action each time the reader asks for more bytes: the batch flushes
/// its answers there, so that a system that writes a candidate and waits for the answer gets it before the tool waits
/// for the next candidate. A big piped input pays one flush per read (tens of kilobytes), not one per record.
/// </summary>
internal sealed class AnswersBeforeWaiting(Stream inner) : Stream
{
    /// <summary>Gets or sets what runs before each read of the input (flushing the answers so far).</summary>
    public Action? BeforeRead { get; set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        BeforeRead?.Invoke();
        return inner.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
