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
        DateOnly? holdsFrom,
        DateOnly? holdsUntil)
    {
        Condition = condition;
        Truth = truth;
        Children = children;
        Evidence = evidence;
        Shortfall = shortfall;
        HoldsFrom = holdsFrom;
        HoldsUntil = holdsUntil;
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
    /// Gets the earliest date, on or after the as-of date, on which the condition holds if nothing else changes (ongoing
    /// work goes on, time passes); the as-of date when it holds now; <see langword="null"/> when time alone never makes it hold.
    /// </summary>
    public DateOnly? HoldsFrom { get; }

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
        text.Append(indent).Append(mark).Append(' ').Append(Condition.Item).Append(' ').Append(Condition.Text.Get(culture));
        if (!Holds && HoldsFrom is { } from)
        {
            text.Append(Model.LocalizedText.IsEnglish(culture) ? " — holds from " : " — 自 ").Append(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(Model.LocalizedText.IsEnglish(culture) ? string.Empty : " 起满足");
        }

        text.Append('\n');
        foreach (var fact in Evidence)
        {
            text.Append(indent).Append("    ").Append(fact.Counts ? "· " : "× ").Append(fact.Description.Get(culture)).Append('\n');
        }

        if (Shortfall is { } shortfall)
        {
            text.Append(indent).Append("    ").Append(Model.LocalizedText.IsEnglish(culture) ? "missing: " : "尚缺：").Append(shortfall.Message.Get(culture)).Append('\n');
        }

        foreach (var child in Children)
        {
            child.Write(text, culture, depth + 1);
        }
    }
}
