using System.Collections.Immutable;
using System.Globalization;

namespace LaborStandard.Eligibility;

/// <summary>The decisions for every level the rules define, for one candidate as of one date.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EligibilityReport
{
    internal EligibilityReport(string? candidateId, DateOnly asOf, ImmutableArray<EligibilityDecision> decisions)
    {
        CandidateId = candidateId;
        AsOf = asOf;
        Decisions = decisions;
    }

    /// <summary>Gets the caller's identifier of the candidate, if the profile carried one.</summary>
    public string? CandidateId { get; }

    /// <summary>Gets the date the decisions are made as of.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets one decision per level, junior first.</summary>
    public ImmutableArray<EligibilityDecision> Decisions { get; }

    /// <summary>Gets the most senior level the candidate may apply for, or <see langword="null"/> when none.</summary>
    public Model.SkillLevel? HighestEligibleLevel
        => Decisions.Where(d => d.IsEligible).Select(d => (Model.SkillLevel?)d.Level).LastOrDefault();

    /// <summary>Gets the decision for a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rules define no such level.</exception>
    public EligibilityDecision For(Model.SkillLevel level)
        => Model.Sequence.ForLevel(Decisions, level)
           ?? throw new ArgumentOutOfRangeException(nameof(level), level, $"The rules define no {level}; they define {Model.Sequence.LevelsOf(Decisions)}.");

    /// <summary>Explains every decision, one after the other, and closes with the most senior level the candidate may apply for.</summary>
    /// <param name="culture">The language; Chinese by default, English for an English culture.</param>
    /// <returns>Lines ending with <c>\n</c>, a blank line between decisions.</returns>
    public string Explain(CultureInfo? culture = null)
    {
        var english = Model.LocalizedText.IsEnglish(culture);
        var text = new System.Text.StringBuilder();
        foreach (var decision in Decisions)
        {
            text.Append(decision.Explain(culture)).Append('\n');
        }

        var highest = HighestEligibleLevel is { } level ? level.Name.Get(culture) : english ? "none" : "无";
        return text.Append(english ? "Highest level the candidate may apply for: " : "可申报的最高等级：").Append(highest).Append('\n').ToString();
    }

    /// <summary>Returns the verdict per level.</summary>
    /// <returns>For example "2026-11-29: 四级/中级工 Eligible, 三级/高级工 NotEligible".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{AsOf:yyyy-MM-dd}: {string.Join(", ", Decisions.Select(d => $"{d.Level} {d.Verdict}"))}");
}
