namespace LaborStandard.Cli.Output;

/// <summary>Standard output was closed by its reader (<c>laborstd … | head</c>): the run ends at once, quietly, with <see cref="ExitCodes.OutputClosed"/>.</summary>
internal sealed class ClosedOutputException(IOException inner) : Exception(inner.Message, inner);
