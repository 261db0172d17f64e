using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// The explained answer to "may this candidate apply for this level, as of this date?" (申报条件, clause 1.9.1): the
/// verdict, every alternative with whether it holds and why, and the earliest date on which the candidate becomes
/// eligible if nothing else changes.
/// </summary>
/// <remarks>Immutable and thread-safe. Serialize with <c>LaborStandard.Serialization.DecisionDocument</c>.</remarks>
public sealed class EligibilityDecision
{
    internal EligibilityDecision(string? candidateId, SkillLevel level, DateOnly asOf, Verdict verdict, ConditionResult result, DateOnly? earliestEligibleOn)
    {
        CandidateId = candidateId;
        Level = level;
        AsOf = asOf;
        Verdict = verdict;
        Result = result;
        EarliestEligibleOn = earliestEligibleOn;
        Alternatives = result.Condition.Kind == Rules.ConditionKind.AnyOf ? result.Children : [result];
    }

    /// <summary>Gets the caller's identifier of the candidate, if the profile carried one.</summary>
    public string? CandidateId { get; }

    /// <summary>Gets the level applied for.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the date the decision is made as of.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets whether the candidate may apply.</summary>
    public bool IsEligible => Verdict == Verdict.Eligible;

    /// <summary>Gets the result of the level's root condition, the tree of every condition's result.</summary>
    public ConditionResult Result { get; }

    /// <summary>Gets the results of the alternatives (the numbered items of 1.9.1), in printed order.</summary>
    public ImmutableArray<ConditionResult> Alternatives { get; }

    /// <summary>Gets the alternatives that hold.</summary>
    public ImmutableArray<ConditionResult> HoldingAlternatives => [.. Alternatives.Where(a => a.Holds)];

    /// <summary>
    /// Gets the earliest date on which the candidate is eligible if nothing else changes: the as-of date when eligible now,
    /// a later date when time alone makes an alternative hold (ongoing work reaching its years, the graduation school year
    /// beginning, a document dated later taking effect), or <see langword="null"/> when no alternative can hold by time alone.
    /// </summary>
    public DateOnly? EarliestEligibleOn { get; }

    /// <summary>Gets the clause the decision rests on: the root condition's clause (1.9.1).</summary>
    public string Clause => Result.Condition.Clause;

    /// <summary>Gets the decision in one sentence, in both languages.</summary>
    public LocalizedText Summary
    {
        get
        {
            var items = string.Join("、", HoldingAlternatives.Select(a => a.Condition.Item));
            var itemsEn = string.Join(", ", HoldingAlternatives.Select(a => a.Condition.Item));
            var level = Level.Name;
            var when = EarliestEligibleOn is { } on && !IsEligible ? on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            return Verdict switch
            {
                Verdict.Eligible => new LocalizedText(
                    $"可以申报{level.Chinese}（{Clause}）：符合 {items}。",
                    $"May apply for {level.English} ({Clause}): {itemsEn} holds."),
                Verdict.Indeterminate => new LocalizedText(
                    $"无法确定能否申报{level.Chinese}（{Clause}）：所需事实未知。" + (when is null ? string.Empty : $"若其他情况不变，自 {when} 起可以申报。"),
                    $"Cannot tell whether the candidate may apply for {level.English} ({Clause}): a fact it needs is unknown." + (when is null ? string.Empty : $" If nothing else changes, eligible from {when}.")),
                _ => new LocalizedText(
                    $"不能申报{level.Chinese}（{Clause}）：各项条件均不满足。" + (when is null ? string.Empty : $"若其他情况不变，自 {when} 起可以申报。"),
                    $"May not apply for {level.English} ({Clause}): no alternative holds." + (when is null ? string.Empty : $" If nothing else changes, eligible from {when}.")),
            };
        }
    }

    /// <summary>Writes the decision with every alternative, its facts and what is missing.</summary>
    /// <param name="culture">The language; Chinese by default, English for an English culture.</param>
    /// <returns>A multi-line explanation.</returns>
    public string Explain(CultureInfo? culture = null)
    {
        var text = new StringBuilder();
        text.Append(Summary.Get(culture)).Append('\n');
        text.Append(LocalizedText.IsEnglish(culture) ? "As of " : "评估日期：").Append(AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        Result.Write(text, culture, 0);
        return text.ToString();
    }

    /// <summary>Returns the level, date and verdict.</summary>
    /// <returns>For example "四级/中级工 as of 2026-11-29: Eligible".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Level} as of {AsOf:yyyy-MM-dd}: {Verdict}");
}
