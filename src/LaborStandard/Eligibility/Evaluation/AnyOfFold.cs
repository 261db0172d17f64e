namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Any one holds: true if one is true, else unknown if one is unknown; holds from the earliest child's date.</summary>
/// <remarks>The children's outcomes folded so far: the greatest truth, and the earliest start with the latest end on a tie.</remarks>
internal readonly record struct AnyOfFold(Truth Truth, int From, int Until) : IFold<AnyOfFold>
{
    public static AnyOfFold Start => new(Truth.False, Outcome.Never, Outcome.Forever);

    public static Truth Decisive => Truth.True;

    public Outcome Outcome => new(Truth, From, From == Outcome.Never ? Outcome.Forever : Until);

    public AnyOfFold With(Outcome child)
    {
        var truth = child.Truth > Truth ? child.Truth : Truth;
        return child.From < From || (child.From == From && From != Outcome.Never && child.Until > Until)
            ? new AnyOfFold(truth, child.From, child.Until)
            : this with { Truth = truth };
    }
}
