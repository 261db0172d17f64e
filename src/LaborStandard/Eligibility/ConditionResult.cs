using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility;

/// <summary>
/// How one condition fared for one candidate as of one date: whether it holds, the facts it used, what is missing in
/// numbers when it does not hold, and when it would hold if nothing else changed. The results of a rule form a tree
/// that mirrors the rule.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConditionResult
{
    internal ConditionResult(
        Condition condition,
        Truth truth,
        ImmutableArray<ConditionResult> children,
        ImmutableArray<Evidence> evidence,
        Shortfall? shortfall,
        DateOnly? holdsSince,
        DateOnly? projectedOn,
        DateOnly? holdsUntil,
        CandidateFacts unknownFacts)
    {
        Condition = condition;
        Truth = truth;
        Children = children;
        Evidence = evidence;
        Shortfall = shortfall;
        HoldsSince = holdsSince;
        ProjectedOn = projectedOn;
        HoldsUntil = holdsUntil;
        UnknownFacts = unknownFacts;
    }

    /// <summary>Gets the condition, with its clause, item and text.</summary>
    public Condition Condition { get; }

    /// <summary>Gets whether the condition holds, does not, or cannot be decided because a fact is unknown.</summary>
    public Truth Truth { get; }

    /// <summary>Gets whether the condition holds.</summary>
    public bool Holds => Truth == Truth.True;

    /// <summary>Gets the results of the conditions this one combines, in the rule's order.</summary>
    public ImmutableArray<ConditionResult> Children { get; }

    /// <summary>Gets the facts the condition looked at, those that count and those that do not (with the reason).</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>Gets what is missing when the condition does not hold and the gap can be counted or named; otherwise <see langword="null"/>.</summary>
    public Shortfall? Shortfall { get; }

    /// <summary>
    /// Gets, for a condition that holds as of the date, the first day of the period in which it holds, as far as the facts
    /// show (e.g. the day two years of work were complete); <see langword="null"/> when it does not hold, or when the facts
    /// give no first day (an education without a date).
    /// </summary>
    public DateOnly? HoldsSince { get; }

    /// <summary>
    /// Gets, for a condition that does not hold as of the date (false, or not decided), the day after the as-of date on
    /// which it will hold if nothing else changes (ongoing work goes on, time passes), on the facts that are known;
    /// <see langword="null"/> when it holds, or when time alone never makes it hold.
    /// </summary>
    public DateOnly? ProjectedOn { get; }

    /// <summary>
    /// Gets, for a condition that cannot be decided, the groups of facts it needs that the candidate's profile does not
    /// give (for example <see cref="CandidateFacts.Trainings"/>); <see cref="CandidateFacts.None"/> otherwise.
    /// </summary>
    public CandidateFacts UnknownFacts { get; }

    /// <summary>Gets the last date on which the condition holds when it holds only for a time (the graduation school year); otherwise <see langword="null"/>.</summary>
    public DateOnly? HoldsUntil { get; }

    /// <summary>Writes the result and its children as an indented explanation.</summary>
    /// <param name="culture">The language; Chinese by default, English for an English culture.</param>
    /// <returns>One line per condition, with its facts and shortfall indented below it.</returns>
    public string Explain(CultureInfo? culture = null)
    {
        var text = new StringBuilder();
        Write(text, culture, 0);
        return text.ToString();
    }

    /// <summary>Returns the citation and truth.</summary>
    /// <returns>For example "1.9.1 四级（2）: True".</returns>
    public override string ToString() => $"{Condition.Citation}: {Truth}";

    internal void Write(StringBuilder text, CultureInfo? culture, int depth)
    {
        var indent = new string(' ', depth * 2);
        var mark = Truth switch
        {
            Truth.True => "✓",
            Truth.False => "✗",
            _ => "?",
        };
        var english = Model.LocalizedText.IsEnglish(culture);
        text.Append(indent).Append(mark).Append(' ').Append(Condition.Item).Append(' ').Append(Condition.Text.Get(culture));
        if (HoldsSince is { } since)
        {
            text.Append(english ? " — holds since " : " — 自 ").Append(Evaluation.DecisionTexts.Date(since)).Append(english ? string.Empty : " 起满足");
        }
        else if (ProjectedOn is { } projected)
        {
            text.Append(english ? " — would hold from " : " — 预计自 ").Append(Evaluation.DecisionTexts.Date(projected)).Append(english ? string.Empty : " 起满足");
        }

        text.Append('\n');
        foreach (var fact in Evidence)
        {
            text.Append(indent).Append("    ").Append(fact.Counts ? "· " : "× ").Append(fact.Description.Get(culture)).Append('\n');
        }

        if (Shortfall is { } shortfall)
        {
            text.Append(indent).Append("    ").Append(english ? "missing: " : "尚缺：").Append(shortfall.Message.Get(culture)).Append('\n');
        }

        if (Children.IsEmpty && UnknownFacts != CandidateFacts.None)
        {
            text.Append(indent).Append("    ").Append(english ? "not known: " : "情况未知：").Append(Evaluation.DecisionTexts.Facts(UnknownFacts).Get(culture)).Append('\n');
        }

        foreach (var child in Children)
        {
            child.Write(text, culture, depth + 1);
        }
    }
}
