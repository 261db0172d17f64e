namespace LaborStandard.Cli;

/// <summary>The exit codes of <c>laborstd</c>, the same for every command (documented in <c>--help</c> and docs/guides/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked and the answer is positive (eligible, passed, found, valid).</summary>
    public const int Success = 0;

    /// <summary>The command ran and the answer is negative: not eligible or indeterminate, failed, violations, nothing found, an invalid document.</summary>
    public const int Negative = 1;

    /// <summary>Bad input or usage: a missing or unreadable file, invalid JSON or CSV, an unknown option, a bad value.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error: a defect of the tool, reported in one line; please report it.</summary>
    public const int InternalError = 3;

    /// <summary>Standard output was closed by its reader (<c>| head</c>): the run stopped at once, quietly (128 + SIGPIPE, as shell tools do).</summary>
    public const int OutputClosed = 141;
}
