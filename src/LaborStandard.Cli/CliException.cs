namespace LaborStandard.Cli;

/// <summary>
/// Bad input or usage, said in lines a person can act on; the tool prints each line on stderr (or, with <c>--json</c>,
/// an error document on stdout) and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : this([message])
    {
    }

    public CliException(IReadOnlyList<string> lines, IReadOnlyList<DocumentError>? errors = null)
        : base(string.Join(Environment.NewLine, lines))
    {
        Lines = lines;
        Errors = errors ?? [];
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Gets the problems of an invalid document, each at its JSON path, line and rule; empty for other bad input.</summary>
    public IReadOnlyList<DocumentError> Errors { get; }
}
