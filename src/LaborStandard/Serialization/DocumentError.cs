using System.Globalization;

namespace LaborStandard.Serialization;

/// <summary>
/// A problem found in a JSON document: where it is (a JSON path such as
/// <c>$.workRequirements.levels[1].functions[0].workContents[2].skills[3].code</c>), the rule it breaks and what is wrong.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class DocumentError : IEquatable<DocumentError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The JSON path of the offending value, starting at <c>$</c>.</param>
    /// <param name="rule">The rule broken: one of <see cref="Model.StandardRules"/> or of the rules of the document kind.</param>
    /// <param name="message">What is wrong, in words.</param>
    /// <param name="line">The 1-based line of the input where the problem was found, when the reader knows it.</param>
    public DocumentError(string path, string rule, string message, long? line = null)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Rule = rule ?? throw new ArgumentNullException(nameof(rule));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Line = line;
    }

    /// <summary>Gets the JSON path of the offending value, starting at <c>$</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the rule broken.</summary>
    public string Rule { get; }

    /// <summary>Gets what is wrong, in words.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line of the input, for syntax and type errors; <see langword="null"/> for rule errors.</summary>
    public long? Line { get; }

    /// <inheritdoc />
    public bool Equals(DocumentError? other)
        => other is not null
           && string.Equals(Path, other.Path, StringComparison.Ordinal)
           && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
           && string.Equals(Message, other.Message, StringComparison.Ordinal)
           && Line == other.Line;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Rule, Message, Line);

    /// <summary>Returns the error on one line: path, line where known, message and rule.</summary>
    /// <returns>For example "$.weightTables[0].rows: the weights of 四级/中级工 sum to 95, not 100. [weights-sum]".</returns>
    public override string ToString()
        => Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{Path} (line {line}): {Message} [{Rule}]")
            : $"{Path}: {Message} [{Rule}]";
}
