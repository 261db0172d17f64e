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

    public DateOnly? HoldsFrom(int asOf) => From == Never ? null : DateOnly.FromDayNumber(Math.Max(From, asOf));

    public DateOnly? HoldsUntil => Until == Forever ? null : DateOnly.FromDayNumber(Until);
}
