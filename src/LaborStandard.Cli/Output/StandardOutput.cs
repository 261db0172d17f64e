namespace LaborStandard.Cli.Output;

/// <summary>
/// Standard output written as bytes, telling a reader that went away (a closed pipe) from other failures: a closed pipe
/// throws <see cref="OutputClosedException"/>, which ends the run quietly with <see cref="ExitCodes.OutputClosed"/>; any
/// other failed write (a full disk) <see cref="StandardOutputFailedException"/>, which the tool reports. Disposing
/// flushes and leaves stdout open.
/// </summary>
internal sealed class StandardOutput(Stream inner) : WriteOnlyStream
{
    // ERROR_BROKEN_PIPE and ERROR_NO_DATA: the reader of a pipe went away, as the console stream says it on Windows.
    private const int BrokenPipeWindows = unchecked((int)0x8007006D);
    private const int NoDataWindows = unchecked((int)0x800700E8);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw Failure(e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            throw Failure(e);
        }
    }

    private static Exception Failure(IOException e)
        => e.HResult is BrokenPipeWindows or NoDataWindows ? new OutputClosedException(e) : new StandardOutputFailedException(e);
}
