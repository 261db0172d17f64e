using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// The work requirements of one level (chapter 3): 3.1 for 四级, 3.2 for 三级 — its occupational functions, their work
/// contents and the numbered requirements, as the level's own table prints them (without what it covers from lower levels).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class LevelRequirements : IEquatable<LevelRequirements>, ILevelled
{
    /// <summary>Creates the requirements of a level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="section">The clause of the level's table, e.g. <c>3.1</c>.</param>
    /// <param name="heading">The table's heading as printed, e.g. 四级（中级劳动保障专理员）/中级工.</param>
    /// <param name="functions">The occupational functions in printed order.</param>
    /// <exception cref="ModelRuleException">A value is missing or malformed, or a function belongs elsewhere or repeats a code.</exception>
    public LevelRequirements(SkillLevel level, string section, LocalizedText heading, ImmutableArray<OccupationalFunction> functions)
    {
        Level = Invariant.Level(level, "level");
        Section = Invariant.Code(section, 2, "section");
        Heading = Invariant.NotNull(heading, "heading");
        Functions = Invariant.Items(functions, "functions");
        for (var i = 0; i < functions.Length; i++)
        {
            var function = functions[i];
            var at = Invariant.Indexed("functions", i);
            Invariant.Require(function.Level == level, StandardRules.LevelDefined, at + ".level", $"为{function.Level}，但此表为{level}。", $"is {function.Level} but the table is for {level}.");
            Invariant.Require(string.Equals(function.Section, section, StringComparison.Ordinal), StandardRules.CodeUnderParent, at + ".section", $"为 {function.Section}，但此表为 {section}。", $"is {function.Section} but the table is {section}.");
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(!string.Equals(functions[j].Code, function.Code, StringComparison.Ordinal), StandardRules.CodeUnique, at + ".code", $"{Invariant.QuoteZh(function.Code)}出现两次。", $"'{function.Code}' appears twice.");
            }
        }

        Skills = [.. functions.SelectMany(f => f.WorkContents).SelectMany(w => w.Skills)];
        Knowledge = [.. functions.SelectMany(f => f.WorkContents).SelectMany(w => w.Knowledge)];
    }

    /// <summary>Gets the level.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the clause of the level's table, e.g. <c>3.1</c>.</summary>
    public string Section { get; }

    /// <summary>Gets the table's heading as printed.</summary>
    public LocalizedText Heading { get; }

    /// <summary>Gets the occupational functions in printed order.</summary>
    public ImmutableArray<OccupationalFunction> Functions { get; }

    /// <summary>Gets every skill requirement of the level's table, in printed order.</summary>
    public ImmutableArray<Requirement> Skills { get; }

    /// <summary>Gets every related-knowledge requirement of the level's table, in printed order.</summary>
    public ImmutableArray<Requirement> Knowledge { get; }

    /// <summary>Gets every requirement of one kind, in printed order.</summary>
    /// <param name="kind">Skill or knowledge.</param>
    /// <returns>The requirements.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a requirement kind.</exception>
    public ImmutableArray<Requirement> Of(RequirementKind kind) => Requirement.OfKind(kind, Skills, Knowledge);

    /// <summary>Finds a function by code, e.g. <c>2</c>.</summary>
    /// <param name="code">The function's code.</param>
    /// <returns>The function, or <see langword="null"/>.</returns>
    public OccupationalFunction? FindFunction(string code)
    {
        foreach (var function in Functions)
        {
            if (string.Equals(function.Code, code, StringComparison.Ordinal))
            {
                return function;
            }
        }

        return null;
    }

    /// <summary>Finds a work content by code, e.g. <c>2.4</c>.</summary>
    /// <param name="code">The work content's code.</param>
    /// <returns>The work content, or <see langword="null"/>.</returns>
    public WorkContent? FindWorkContent(string code)
    {
        foreach (var content in Functions.SelectMany(f => f.WorkContents))
        {
            if (string.Equals(content.Code, code, StringComparison.Ordinal))
            {
                return content;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(LevelRequirements? other)
        => other is not null
           && Level == other.Level
           && string.Equals(Section, other.Section, StringComparison.Ordinal)
           && Heading.Equals(other.Heading)
           && Sequence.Equal(Functions, other.Functions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LevelRequirements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Section, Heading, Sequence.Hash(Functions));

    /// <summary>Returns the section and heading.</summary>
    /// <returns>For example "3.1 四级（中级劳动保障专理员）/中级工".</returns>
    public override string ToString() => $"{Section} {Heading.Chinese}";
}
