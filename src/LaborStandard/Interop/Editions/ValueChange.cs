using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// A change of one value of the standard, from what the old edition says (<see cref="Before"/>) to what the new one
/// says (<see cref="After"/>). Each kind of change is a subclass that says what the value is and where it stands.
/// </summary>
/// <typeparam name="T">The value: a text, a requirement, a number, a name or code, the corrections of a part.</typeparam>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public abstract class ValueChange<T> : StandardChange
{
    private protected ValueChange(ChangeKind kind, string clause, SkillLevel? level, T before, T after)
        : base(kind, clause, level)
    {
        Before = before;
        After = after;
    }

    /// <summary>Gets the value in the old edition; for a text or a requirement, <see langword="null"/> when the part was added.</summary>
    public T Before { get; }

    /// <summary>Gets the value in the new edition; for a text or a requirement, <see langword="null"/> when the part was removed.</summary>
    public T After { get; }

    /// <summary>Whether another change is of the same kind, clause and level, between equal values.</summary>
    private protected bool SameValues(ValueChange<T> other) => SameHead(other) && ValuesEqual(Before, other.Before) && ValuesEqual(After, other.After);

    /// <summary>Whether two values are equal: by their own equality (ordinal for strings) unless a kind of change says otherwise.</summary>
    private protected virtual bool ValuesEqual(T x, T y) => EqualityComparer<T>.Default.Equals(x, y);

    /// <summary>A value's hash, agreeing with <see cref="ValuesEqual"/>.</summary>
    private protected virtual int ValueHash(T value) => value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);
}
