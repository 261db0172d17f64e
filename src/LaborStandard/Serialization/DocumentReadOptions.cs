namespace LaborStandard.Serialization;

/// <summary>Limits that protect a reader from hostile or broken input.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentReadOptions
{
    /// <summary>The default limits: 8 MiB and a nesting depth of 64.</summary>
    public static DocumentReadOptions Default { get; } = new();

    /// <summary>Creates limits.</summary>
    /// <param name="maxBytes">The largest input accepted, in bytes; at least 1.</param>
    /// <param name="maxDepth">The deepest nesting of arrays and objects accepted; 1 to 256.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public DocumentReadOptions(int maxBytes = 8 * 1024 * 1024, int maxDepth = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, 256);
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
    }

    /// <summary>Gets the largest input accepted, in bytes.</summary>
    public int MaxBytes { get; }

    /// <summary>Gets the deepest nesting of arrays and objects accepted.</summary>
    public int MaxDepth { get; }
}
