using Ardalis.GuardClauses;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Interop;

/// <summary>
/// Reads a standard from either form this library writes, told apart by content (<see cref="CasePackage.IsPackage"/>):
/// the standard document (<see cref="StandardDocument"/>) or a CASE package (<see cref="CasePackage"/>). For tools that
/// take "a standard" from a user without asking which form it is in.
/// </summary>
/// <remarks>Both forms report their problems the same way: each error with its JSON path and rule. Thread-safe.</remarks>
public static class StandardReader
{
    /// <summary>Reads a standard document or a CASE package.</summary>
    /// <param name="utf8Json">The JSON as UTF-8; a byte-order mark is accepted.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found, in the terms of the form the JSON is in.</returns>
    public static DocumentResult<OccupationalStandard> Read(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        => CasePackage.IsPackage(utf8Json) ? CasePackage.Read(utf8Json, options) : StandardDocument.Read(utf8Json, options);

    /// <summary>Reads a standard document or a CASE package from a stream, reading at most the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static DocumentResult<OccupationalStandard> Read(Stream utf8Json, DocumentReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        options ??= DocumentReadOptions.Default;
        return Read(StreamInput.ReadBounded(utf8Json, options.MaxBytes), options);
    }
}
