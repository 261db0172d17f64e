namespace LaborStandard.Cli;

/// <summary>Bad input or usage, said in lines a person can act on; the tool prints each line on stderr and exits with <see cref="ExitCodes.BadInput"/>.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : this([message])
    {
    }

    public CliException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines))
        => Lines = lines;

    public IReadOnlyList<string> Lines { get; }
}
