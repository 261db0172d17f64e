namespace LaborStandard.Eligibility.Evaluation;

/// <summary>
/// A condition's truth as of the date, and when it holds if nothing else changes: from day <see cref="From"/> through
/// day <see cref="Until"/> (day numbers; <see cref="Never"/> and <see cref="Forever"/> mark the open ends).
/// </summary>
internal readonly record struct Outcome(Truth Truth, int From, int Until)
{
    public const int Never = int.MaxValue;

    public const int Forever = int.MaxValue;

    /// <summary>A condition that holds from a day on (or never), decided on known or unknown facts.</summary>
    public static Outcome FromDay(int from, int asOf, bool known)
        => new(from <= asOf ? Truth.True : known ? Truth.False : Truth.Unknown, from, Forever);

    /// <summary>The first day of holding, for a condition that holds as of the date; null when it does not, or when the facts give no first day.</summary>
    public DateOnly? HoldsSince(int asOf) => Truth == Truth.True && From >= DateOnly.MinValue.DayNumber && From <= asOf ? DateOnly.FromDayNumber(From) : null;

    /// <summary>The day a condition that does not hold yet will hold if nothing else changes; null when it holds, or never will on these facts.</summary>
    public DateOnly? ProjectedOn(int asOf) => Truth != Truth.True && From != Never && From > asOf ? DateOnly.FromDayNumber(From) : null;

    public DateOnly? HoldsUntil => Until == Forever ? null : DateOnly.FromDayNumber(Until);
}
