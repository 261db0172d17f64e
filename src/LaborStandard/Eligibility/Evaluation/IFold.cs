namespace LaborStandard.Eligibility.Evaluation;

/// <summary>How a combination folds its children's outcomes, one child at a time (<see cref="CombinationNode{TFold}"/>).</summary>
/// <typeparam name="TFold">The fold itself.</typeparam>
internal interface IFold<TFold>
    where TFold : struct, IFold<TFold>
{
    /// <summary>Gets the fold of no children.</summary>
    static abstract TFold Start { get; }

    /// <summary>Gets the truth of a child that settles the combination whatever the others are.</summary>
    static abstract Truth Decisive { get; }

    /// <summary>Gets the combination's outcome from the children folded so far.</summary>
    Outcome Outcome { get; }

    /// <summary>Folds one more child's outcome in.</summary>
    TFold With(Outcome child);
}
