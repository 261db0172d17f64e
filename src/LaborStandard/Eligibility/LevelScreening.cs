using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// The short answer for one level, for screening many candidates (初筛): the verdict, the numbers of the alternatives
/// that hold, since when the candidate is eligible or from when they will be, the groups of facts not known, and, when
/// the candidate is not eligible, what the nearest alternative lacks, in one phrase. The same answers as the explained
/// <see cref="EligibilityDecision"/>, without its evidence.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LevelScreening : ILevelled
{
    private static readonly LocalizedText MayApply = new("可以申报", "may apply");
    private static readonly LocalizedText MayNotApply = new("不能申报", "may not apply");
    private static readonly LocalizedText CannotTell = new("无法确定", "cannot tell");

    internal LevelScreening(SkillLevel level, Verdict verdict, ImmutableArray<int> holdingConditions, DateOnly? eligibleSince, DateOnly? projectedOn, CandidateFacts unknownFacts, int? nearestCondition, LocalizedText? missing)
    {
        Level = level;
        Verdict = verdict;
        HoldingConditions = holdingConditions;
        EligibleSince = eligibleSince;
        ProjectedOn = projectedOn;
        UnknownFacts = unknownFacts;
        NearestCondition = nearestCondition;
        Missing = missing;
    }

    /// <summary>Gets the level applied for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the numbers of the alternatives that hold, ascending (see <see cref="EligibilityDecision.HoldingConditions"/>).</summary>
    public ImmutableArray<int> HoldingConditions { get; }

    /// <summary>Gets, when the candidate is eligible, the first day of the period in which they are, as far as the facts show.</summary>
    public DateOnly? EligibleSince { get; }

    /// <summary>Gets, when the candidate is not eligible (or it cannot be told), the day they become eligible if nothing else changes.</summary>
    public DateOnly? ProjectedOn { get; }

    /// <summary>Gets, for an indeterminate verdict, the groups of facts not known that leave it undecided.</summary>
    public CandidateFacts UnknownFacts { get; }

    /// <summary>
    /// Gets, when the candidate is not eligible, the number of the alternative nearest to holding: the one projected to
    /// hold first, else the first undecided one, else the first; <see langword="null"/> when eligible.
    /// </summary>
    public int? NearestCondition { get; }

    /// <summary>Gets, when the candidate is not eligible, what the nearest alternative lacks, in one phrase; <see langword="null"/> when eligible.</summary>
    public LocalizedText? Missing { get; }

    /// <summary>Gets the verdict in a word or two, in both languages: 可以申报 / 不能申报 / 无法确定 (may apply / may not apply / cannot tell).</summary>
    public LocalizedText VerdictText => Verdict switch
    {
        Verdict.Eligible => MayApply,
        Verdict.Indeterminate => CannotTell,
        _ => MayNotApply,
    };

    /// <summary>Gets the names of the groups of facts not known, joined (学历、工作经历 / education and work history); <see langword="null"/> when none.</summary>
    public LocalizedText? UnknownFactsText => UnknownFacts == CandidateFacts.None ? null : Evaluation.DecisionTexts.Facts(UnknownFacts);

    /// <summary>Returns the level, verdict and alternatives.</summary>
    /// <returns>For example "四级/中级工: Eligible by 2".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Level}: {Verdict}{(HoldingConditions.IsEmpty ? string.Empty : " by " + string.Join(", ", HoldingConditions))}");
}
