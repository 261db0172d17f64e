namespace LaborStandard.Eligibility.Evaluation;

/// <summary>All hold: false if one is false, else unknown if one is unknown; holds from the latest child's date while all still hold.</summary>
/// <remarks>The children's outcomes folded so far: the least truth, the latest start and the earliest end.</remarks>
internal readonly record struct AllOfFold(Truth Truth, int From, int Until) : IFold<AllOfFold>
{
    public static AllOfFold Start => new(Truth.True, int.MinValue, Outcome.Forever);

    public static Truth Decisive => Truth.False;

    public Outcome Outcome => From > Until || From == Outcome.Never
        ? new Outcome(Truth, Outcome.Never, Outcome.Forever)
        : new Outcome(Truth, From, Until);

    public AllOfFold With(Outcome child) => new(child.Truth < Truth ? child.Truth : Truth, Math.Max(From, child.From), Math.Min(Until, child.Until));
}
