namespace LaborStandard.Cli.Output;

/// <summary>
/// Standard output written as bytes, telling a reader that went away (a closed pipe) from other failures: a failed
/// write throws <see cref="OutputClosedException"/>, which ends the run quietly with <see cref="ExitCodes.OutputClosed"/>.
/// Disposing flushes and leaves stdout open.
/// </summary>
internal sealed class StandardOutput(Stream inner) : WriteOnlyStream
{
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw new OutputClosedException(e);
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
            throw new OutputClosedException(e);
        }
    }
}
