using System.Collections.Immutable;

namespace LaborStandard.Serialization;

/// <summary>Thrown when a JSON document is rejected; <see cref="Errors"/> lists every problem found, each with its JSON path and rule.</summary>
public sealed class DocumentException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="documentKind">What was being read, e.g. "standard document".</param>
    /// <param name="errors">The problems found; at least one.</param>
    public DocumentException(string documentKind, ImmutableArray<DocumentError> errors)
        : base(Describe(documentKind, errors))
    {
        DocumentKind = documentKind;
        Errors = errors;
    }

    /// <summary>Gets what was being read, e.g. "standard document".</summary>
    public string DocumentKind { get; }

    /// <summary>Gets every problem found, in document order.</summary>
    public ImmutableArray<DocumentError> Errors { get; }

    private static string Describe(string documentKind, ImmutableArray<DocumentError> errors)
    {
        var count = errors.IsDefaultOrEmpty ? 0 : errors.Length;
        var first = count > 0 ? errors[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : "no detail";
        return count <= 1
            ? $"The {documentKind} is invalid: {first}"
            : $"The {documentKind} is invalid ({count} problems). First: {first}";
    }
}
