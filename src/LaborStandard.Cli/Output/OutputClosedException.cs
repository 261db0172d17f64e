namespace LaborStandard.Cli.Output;

/// <summary>Standard output can no longer be written: its reader went away (a closed pipe).</summary>
internal sealed class OutputClosedException : Exception
{
    public OutputClosedException()
    {
    }

    public OutputClosedException(string message)
        : base(message)
    {
    }

    public OutputClosedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public OutputClosedException(Exception inner)
        : base("standard output is closed", inner)
    {
    }
}
