using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace LaborStandard.Serialization;

/// <summary>
/// What went wrong with a request, as data (错误报告): a stable code, the exit code a tool ends with, what is wrong in
/// the language the tool speaks, and every problem found in an input with its JSON path, line, column and rule.
/// </summary>
/// <remarks>Written by <see cref="ErrorDocument"/>. Immutable and thread-safe.</remarks>
public sealed class ErrorReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="code">A stable, machine-readable name of the kind of failure, such as <c>bad-input</c>.</param>
    /// <param name="exitCode">The exit code of the process that reports it.</param>
    /// <param name="message">What is wrong, in one line, in the language of the run that reports it.</param>
    /// <param name="errors">The problems found in an input, each at its place; none when the failure is not about a document.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public ErrorReport(string code, int exitCode, string message, IEnumerable<DocumentError>? errors = null)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        ExitCode = exitCode;
        Message = Guard.Against.NullOrWhiteSpace(message);
        Errors = errors is null ? [] : [.. errors];
    }

    /// <summary>Gets the stable name of the kind of failure, such as <c>bad-input</c> or <c>internal-error</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the exit code of the process that reports the failure.</summary>
    public int ExitCode { get; }

    /// <summary>Gets what is wrong, in one line.</summary>
    public string Message { get; }

    /// <summary>Gets the problems found in an input, in the order found; empty when the failure is not about a document.</summary>
    public ImmutableArray<DocumentError> Errors { get; }
}
