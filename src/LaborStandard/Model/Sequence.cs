using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>Value equality for the immutable lists of the model, so that equal standards compare equal.</summary>
internal static class Sequence
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        => left.AsSpan().SequenceEqual(right.AsSpan());

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
