using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// One difference between two editions of a standard, as <see cref="StandardComparison.Compare"/> reports it: what kind
/// of change it is, where the standard has it (the clause it cites) and, where it belongs to one, the level. Each kind
/// has its own type with the old and new values.
/// </summary>
/// <remarks>
/// Changes are made only by the comparison. Immutable and thread-safe; equality is by value, so comparing the same
/// editions twice gives equal changes.
/// </remarks>
public abstract class StandardChange : IEquatable<StandardChange>
{
    private protected StandardChange(ChangeKind kind, string clause, SkillLevel? level)
    {
        Kind = kind;
        Clause = clause;
        Level = level;
    }

    /// <summary>Gets what kind of change this is.</summary>
    public ChangeKind Kind { get; }

    /// <summary>Gets where the standard has the change, as it cites itself: <c>1.3</c>, <c>1.9.3</c>, <c>3.2 / 2.4.2</c>, <c>4.1</c>.</summary>
    public string Clause { get; }

    /// <summary>Gets the level the change belongs to, or <see langword="null"/> for a change that concerns every level.</summary>
    public SkillLevel? Level { get; }

    /// <inheritdoc />
    public abstract bool Equals(StandardChange? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as StandardChange);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Returns the change on one line: where, what, and the old and new values.</summary>
    /// <returns>For example "三级 3.2 / 2.4.2 技能要求 reworded: 「…」 → 「…」".</returns>
    public abstract override string ToString();

    /// <summary>Gets the change in words, in Chinese and in English: where, what, and the old and new values, each language in its own words.</summary>
    /// <value>For example 四级 技能要求 3.1 / 1.1.1 改写：「…」→「…」 and Level 4 skill 3.1 / 1.1.1 reworded: "…" → "…".</value>
    public abstract LocalizedText Description { get; }

    /// <summary>The words of a change: the level and clause before the Chinese and the English.</summary>
    private protected LocalizedText Say(string chinese, string english)
    {
        var level = ChangeWords.LevelPrefix(Level);
        var clause = ChangeWords.Clause(Clause);
        return new LocalizedText($"{level.Chinese}{clause.Chinese} {chinese}", $"{level.English}{clause.English} {english}");
    }

    /// <summary>Whether the members every change has are equal.</summary>
    private protected bool SameHead(StandardChange other)
        => Kind == other.Kind && string.Equals(Clause, other.Clause, StringComparison.Ordinal) && Level == other.Level;

    /// <summary>The level's Chinese name and a space, or nothing for a change of every level.</summary>
    private protected string LevelPrefix => Level is { } level ? level.ChineseName + " " : string.Empty;

    /// <summary>Shows a text change: the Chinese, or the English where only the English differs.</summary>
    private protected static string Show(LocalizedText? before, LocalizedText? after)
    {
        var english = before is not null && after is not null && string.Equals(before.Chinese, after.Chinese, StringComparison.Ordinal);
        return before is null ? $"added 「{Text(after, english)}」"
            : after is null ? $"removed 「{Text(before, english)}」"
            : $"「{Text(before, english)}」 → 「{Text(after, english)}」";
    }

    private static string Text(LocalizedText? text, bool english) => text is null ? string.Empty : english ? text.English : text.Chinese;
}
