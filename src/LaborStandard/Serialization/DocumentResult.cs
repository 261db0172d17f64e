using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace LaborStandard.Serialization;

/// <summary>The outcome of reading a JSON document: the value when the document is valid, otherwise every problem found.</summary>
/// <typeparam name="T">What the document describes.</typeparam>
/// <remarks>Never half-built: <see cref="Value"/> is set only when <see cref="Errors"/> is empty. Immutable and thread-safe.</remarks>
public sealed class DocumentResult<T>
    where T : class
{
    internal DocumentResult(T? value, ImmutableArray<DocumentError> errors)
    {
        Value = errors.IsEmpty ? value : null;
        Errors = errors;
    }

    /// <summary>Gets the value read, or <see langword="null"/> when the document is invalid.</summary>
    public T? Value { get; }

    /// <summary>Gets every problem found, in document order; empty when the document is valid.</summary>
    public ImmutableArray<DocumentError> Errors { get; }

    /// <summary>Gets whether the document is valid and <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;
}
