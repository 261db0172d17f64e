namespace LaborStandard.Cli.Output;

/// <summary>Standard output could not be written for a reason other than a closed pipe (a full disk); the inner exception says which.</summary>
internal sealed class StandardOutputFailedException : Exception
{
    public StandardOutputFailedException()
    {
    }

    public StandardOutputFailedException(string message)
        : base(message)
    {
    }

    public StandardOutputFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StandardOutputFailedException(Exception inner)
        : base("standard output cannot be written", inner)
    {
    }
}
