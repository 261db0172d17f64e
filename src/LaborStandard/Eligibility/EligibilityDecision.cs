using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Globalization;
using System.Text;
using LaborStandard.Model;

namespace LaborStandard.Eligibility;

/// <summary>
/// The explained answer to "may this candidate apply for this level, as of this date?" (申报条件, clause 1.9.1): the
/// verdict, every alternative with whether it holds and why, since when the candidate is eligible or from when they will
/// be if nothing else changes, and the groups of facts whose absence leaves the answer undecided.
/// </summary>
/// <remarks>Immutable and thread-safe. Serialize with <c>LaborStandard.Serialization.DecisionDocument</c>.</remarks>
public sealed class EligibilityDecision : ILevelled
{
    internal EligibilityDecision(string? candidateId, SkillLevel level, DateOnly asOf, Verdict verdict, ConditionResult result)
    {
        CandidateId = candidateId;
        Level = level;
        AsOf = asOf;
        Verdict = verdict;
        Result = result;
        Alternatives = result.Condition.Kind == Rules.ConditionKind.AnyOf ? result.Children : [result];
        HoldingConditions = Numbers(Alternatives);
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

    /// <summary>Gets the result of the level's whole condition, the root of the tree of results.</summary>
    public ConditionResult Result { get; }

    /// <summary>
    /// Gets the alternatives of the level (具备以下条件之一者, each numbered as 1.9.1 prints it: （1）, （2） …), in the
    /// rule's order: alternative <c>n</c> is at index <c>n − 1</c>. A level whose rule is not a choice has one alternative.
    /// </summary>
    public ImmutableArray<ConditionResult> Alternatives { get; }

    /// <summary>Gets the alternatives that hold.</summary>
    public ImmutableArray<ConditionResult> HoldingAlternatives => [.. Alternatives.Where(a => a.Holds)];

    /// <summary>
    /// Gets the numbers of the alternatives that hold, ascending (四级（2） is 2): the stable machine identifier of an
    /// alternative is its level and this number, which is its position among the level's alternatives in the rules.
    /// </summary>
    public ImmutableArray<int> HoldingConditions { get; }

    /// <summary>Gets, when the candidate is eligible, the first day of the period in which they are, as far as the facts show; otherwise <see langword="null"/>.</summary>
    public DateOnly? EligibleSince => Result.HoldsSince;

    /// <summary>
    /// Gets, when the candidate is not eligible as of the date (or it cannot be told), the day on which they become eligible
    /// if nothing else changes, on the facts that are known; <see langword="null"/> when eligible, or when time alone never makes them.
    /// </summary>
    public DateOnly? ProjectedOn => Result.ProjectedOn;

    /// <summary>Gets the earliest date, on or after the as-of date, on which the candidate may apply: the as-of date when eligible, else <see cref="ProjectedOn"/>.</summary>
    public DateOnly? EarliestEligibleOn => IsEligible ? AsOf : ProjectedOn;

    /// <summary>Gets, for an indeterminate verdict, the groups of facts not given that leave it undecided; <see cref="CandidateFacts.None"/> otherwise.</summary>
    public CandidateFacts UnknownFacts => Verdict == Verdict.Indeterminate ? Result.UnknownFacts : CandidateFacts.None;

    /// <summary>Gets the clause the decision rests on (1.9.1).</summary>
    public string Clause => Result.Condition.Clause;

    /// <summary>The numbers of the alternatives that hold (1-based), in one exact array: none allocated when none holds.</summary>
    private static ImmutableArray<int> Numbers(ImmutableArray<ConditionResult> alternatives)
    {
        var count = 0;
        foreach (var alternative in alternatives)
        {
            count += alternative.Holds ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var numbers = new int[count];
        for (int i = 0, n = 0; i < alternatives.Length; i++)
        {
            if (alternatives[i].Holds)
            {
                numbers[n++] = i + 1;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(numbers);
    }

    /// <summary>Gets the verdict in one sentence, in both languages, with the alternatives that hold or the date from which the candidate is eligible.</summary>
    public LocalizedText Summary
    {
        get
        {
            var level = Level.Name;
            var items = HoldingAlternatives.Select(a => a.Condition.Item).ToList();
            var when = ProjectedOn is { } on ? Evaluation.DecisionTexts.Date(on) : null;
            var later = when is null ? new LocalizedText("仅凭时间推移无法满足任何一项条件。", "No alternative can hold by time alone.") : new LocalizedText($"若其他情况不变，自 {when} 起可以申报。", $"If nothing else changes, eligible from {when}.");
            return Verdict switch
            {
                Verdict.Eligible => new LocalizedText(
                    $"可以申报{level.Chinese}（{Clause}）：符合{Evaluation.DecisionTexts.List(items, "、")}。",
                    $"May apply for {level.English} ({Clause}): {Evaluation.DecisionTexts.List(items, ", ")} {(items.Count == 1 ? "holds" : "hold")}."),
                Verdict.Indeterminate => Evaluation.DecisionTexts.Join(
                    Evaluation.DecisionTexts.Then(
                        new LocalizedText($"无法确定能否申报{level.Chinese}（{Clause}）：", $"Cannot tell whether the candidate may apply for {level.English} ({Clause}): "),
                        Evaluation.DecisionTexts.NotKnown(UnknownFacts)),
                    string.Empty,
                    " ",
                    later),
                _ => Evaluation.DecisionTexts.Join(
                    new LocalizedText($"不能申报{level.Chinese}（{Clause}）：各项条件均不满足。", $"May not apply for {level.English} ({Clause}): no alternative holds."),
                    string.Empty,
                    " ",
                    later),
            };
        }
    }

    /// <summary>
    /// Explains the decision: the summary, the as-of date, every alternative with its facts and what is missing, and the
    /// earliest date on which the candidate may apply.
    /// </summary>
    /// <param name="culture">The language; Chinese by default, English for an English culture.</param>
    /// <returns>Lines ending with <c>\n</c>.</returns>
    /// <example>
    /// <para>The decision as a person reads it, with the clause of every alternative.</para>
    /// <code language="csharp">
    /// var candidate = new CandidateProfile(
    ///     education: new EducationRecord(EducationLevel.SeniorSecondary),
    ///     schooling: [], certificates: [], trainings: [],
    ///     workHistory: [new WorkPeriod("3-01-01-02", new DateOnly(2025, 8, 30))]);
    /// var decision = Standards.EmbeddedEngine.Evaluate(candidate, SkillLevel.Level4, new DateOnly(2026, 11, 29));
    /// Console.WriteLine(decision.Explain(CultureInfo.GetCultureInfo("zh-CN")));   // every alternative of 1.9.1 with its facts, in Chinese
    /// Console.WriteLine(decision.Explain(CultureInfo.GetCultureInfo("en")));      // the same in English
    /// </code>
    /// </example>
    public string Explain(CultureInfo? culture = null)
    {
        var english = LocalizedText.IsEnglish(culture);
        var text = new StringBuilder();
        text.Append(Summary.Get(culture)).Append('\n');
        text.Append(english ? "As of " : "评估日期：").Append(Evaluation.DecisionTexts.Date(AsOf)).Append('\n');
        Result.Write(text, culture, 0);
        text.Append(english ? "Earliest eligible on: " : "最早可申报日期：")
            .Append(EarliestEligibleOn is { } earliest ? Evaluation.DecisionTexts.Date(earliest) : english ? "none (no alternative can hold by time alone)" : "无（仅凭时间推移无法满足任何一项条件）")
            .Append('\n');
        return text.ToString();
    }

    /// <summary>Returns the level, date and verdict.</summary>
    /// <returns>For example "四级/中级工 as of 2026-11-29: Eligible".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Level} as of {AsOf:yyyy-MM-dd}: {Verdict}");
}
