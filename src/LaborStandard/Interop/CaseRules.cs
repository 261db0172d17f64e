namespace LaborStandard.Interop;

/// <summary>
/// The names of the rules a CASE package must keep to be read back into a standard, beside those of
/// <see cref="Model.StandardRules"/> (required, unknown-value, code-format …), which the reader also reports.
/// </summary>
/// <remarks>The names are stable identifiers: callers may switch on them. This type is thread-safe.</remarks>
public static class CaseRules
{
    /// <summary>
    /// An identifier is not a UUID of the CASE 1.1 binding's pattern (lower-case hexadecimal, variant 8, 9, a or b), or
    /// two records share one.
    /// </summary>
    public const string Identifier = "case-identifier";

    /// <summary>A link (an item's type, an association's origin or destination) names a record the package does not hold.</summary>
    public const string Reference = "case-reference";

    /// <summary>An item is not placed exactly once, by an <c>isChildOf</c> association, under a parent of the right kind.</summary>
    public const string Tree = "case-tree";

    /// <summary>
    /// The CFDocument lacks this library's extension (<c>extensions.laborStandard</c>): the package was not exported by
    /// LaborStandard, so it lacks what CASE has no field for.
    /// </summary>
    public const string Extension = "case-extension";
}
