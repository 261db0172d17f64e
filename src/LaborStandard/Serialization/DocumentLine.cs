namespace LaborStandard.Serialization;

/// <summary>One line of a JSON Lines input: its 1-based line number and what was read from it.</summary>
/// <typeparam name="T">What each line describes.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentLine<T>
    where T : class
{
    internal DocumentLine(long lineNumber, DocumentResult<T> result)
    {
        LineNumber = lineNumber;
        Result = result;
    }

    /// <summary>Gets the 1-based line number in the input.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the value read from the line, or its problems (each error's line is the input line).</summary>
    public DocumentResult<T> Result { get; }
}
