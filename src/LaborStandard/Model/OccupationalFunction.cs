using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// 职业功能 — an occupational function at one level, e.g. 四级 2 就业创业服务, with its work contents.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class OccupationalFunction : IEquatable<OccupationalFunction>
{
    /// <summary>Creates an occupational function.</summary>
    /// <param name="level">The level.</param>
    /// <param name="section">The clause of the level's table, e.g. <c>3.1</c>.</param>
    /// <param name="code">The code, one part, e.g. <c>2</c>.</param>
    /// <param name="name">The name as printed, e.g. 就业创业服务.</param>
    /// <param name="workContents">The work contents in printed order.</param>
    /// <exception cref="ModelRuleException">
    /// A value is missing or malformed; a work content belongs to another level or section, does not sit under the
    /// function, or repeats a code.
    /// </exception>
    public OccupationalFunction(SkillLevel level, string section, string code, LocalizedText name, ImmutableArray<WorkContent> workContents)
    {
        Level = Invariant.Level(level, "level");
        Section = Invariant.Code(section, 2, "section");
        Code = Invariant.Code(code, 1, "code");
        Name = Invariant.NotNull(name, "name");
        WorkContents = Invariant.Items(workContents, "workContents");
        for (var i = 0; i < workContents.Length; i++)
        {
            var content = workContents[i];
            var at = Invariant.Indexed("workContents", i);
            Invariant.Require(content.Level == level, StandardRules.LevelDefined, at + ".level", $"为{content.Level}，但所属职业功能为{level}。", $"is {content.Level} but the function is at {level}.");
            Invariant.Require(string.Equals(content.Section, section, StringComparison.Ordinal), StandardRules.CodeUnderParent, at + ".section", $"为 {content.Section}，但所属职业功能在 {section} 中。", $"is {content.Section} but the function is in {section}.");
            Invariant.Require(Codes.IsDirectlyUnder(content.Code, code), StandardRules.CodeUnderParent, at + ".code", $"{Invariant.QuoteZh(content.Code)}不在职业功能 {code} 之下。", $"'{content.Code}' does not sit under function {code}.");
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(!string.Equals(workContents[j].Code, content.Code, StringComparison.Ordinal), StandardRules.CodeUnique, at + ".code", $"{Invariant.QuoteZh(content.Code)}出现两次。", $"'{content.Code}' appears twice.");
            }
        }
    }

    /// <summary>Gets the level.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the clause of the level's table, e.g. <c>3.1</c>.</summary>
    public string Section { get; }

    /// <summary>Gets the code, e.g. <c>2</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the citation, e.g. <c>3.1 / 2</c>.</summary>
    public string Clause => $"{Section} / {Code}";

    /// <summary>Gets the name as printed, e.g. 就业创业服务.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the work contents in printed order.</summary>
    public ImmutableArray<WorkContent> WorkContents { get; }

    /// <summary>Gets every requirement of one kind under the function, in printed order.</summary>
    /// <param name="kind">Skill or knowledge.</param>
    /// <returns>The requirements.</returns>
    public ImmutableArray<Requirement> Requirements(RequirementKind kind) => [.. WorkContents.SelectMany(w => w.Of(kind))];

    /// <inheritdoc />
    public bool Equals(OccupationalFunction? other)
        => other is not null
           && Level == other.Level
           && string.Equals(Section, other.Section, StringComparison.Ordinal)
           && string.Equals(Code, other.Code, StringComparison.Ordinal)
           && Name.Equals(other.Name)
           && Sequence.Equal(WorkContents, other.WorkContents);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OccupationalFunction);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Code, Name, Sequence.Hash(WorkContents));

    /// <summary>Returns the level, code and Chinese name.</summary>
    /// <returns>For example "四级 2 就业创业服务".</returns>
    public override string ToString() => $"{Level.ChineseName} {Code} {Name.Chinese}";
}
