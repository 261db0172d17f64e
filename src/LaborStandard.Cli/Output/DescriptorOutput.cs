using System.Runtime.InteropServices;

namespace LaborStandard.Cli.Output;

/// <summary>
/// Standard output on Unix, written with <c>write(2)</c> on descriptor 1. Not a <see cref="FileStream"/>: over a regular
/// file that one writes with <c>pwrite</c> at a position of its own and leaves the descriptor's offset where it was, so
/// in <c>{ echo a; laborstd …; echo b; } &gt; file</c> the shell's next line would overwrite the tool's answer. Not the
/// console stream either: it drops a write to a closed pipe silently. A closed pipe (EPIPE) throws
/// <see cref="OutputClosedException"/>; any other failure an <see cref="IOException"/> carrying the error number.
/// </summary>
internal sealed partial class DescriptorOutput : WriteOnlyStream
{
    private const int Descriptor = 1;
    private const int Interrupted = 4; // EINTR
    private const int BrokenPipe = 32; // EPIPE on Linux and macOS
    private const int WouldBlock = 11; // EAGAIN on Linux
    private const int WouldBlockMac = 35; // EAGAIN on macOS

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = write(Descriptor, buffer, buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }

            var error = Marshal.GetLastPInvokeError();
            switch (error)
            {
                case Interrupted:
                    continue;
                case WouldBlock or WouldBlockMac:
                    // A descriptor left non-blocking by whoever started us: wait for the reader.
                    Thread.Sleep(1);
                    continue;
                case BrokenPipe:
                    throw new OutputClosedException();
                default:
                    throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
            }
        }
    }

    public override void Flush()
    {
        // Nothing is kept: every write goes to the descriptor.
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint write(int fd, ReadOnlySpan<byte> buffer, nint count);
}
