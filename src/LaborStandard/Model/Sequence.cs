using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// The immutable lists of the model: value equality, so that equal standards compare equal, and the search of a list of
/// things of one level each.
/// </summary>
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

    /// <summary>The first item of <paramref name="level"/>, or <see langword="null"/> when the list has none.</summary>
    public static T? ForLevel<T>(ImmutableArray<T> items, SkillLevel level)
        where T : class, ILevelled
    {
        foreach (var item in items)
        {
            if (item.Level == level)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The levels of the items, in list order, for a message: "四级/中级工, 三级/高级工".</summary>
    public static string LevelsOf<T>(ImmutableArray<T> items)
        where T : class, ILevelled
        => string.Join(", ", items.Select(i => i.Level));
}
