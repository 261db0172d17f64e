using System.Collections.Immutable;

namespace LaborStandard.Model;

/// <summary>
/// 工作内容 — a work content of an occupational function at one level, e.g. 四级 2.4 创业服务, with its skill
/// requirements and related-knowledge requirements.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class WorkContent : IEquatable<WorkContent>
{
    /// <summary>Creates a work content.</summary>
    /// <param name="level">The level.</param>
    /// <param name="section">The clause of the level's table, e.g. <c>3.1</c>.</param>
    /// <param name="code">The code, two parts, e.g. <c>2.4</c>.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="skills">The skill requirements in printed order.</param>
    /// <param name="knowledge">The related-knowledge requirements in printed order.</param>
    /// <exception cref="ModelRuleException">
    /// A value is missing or malformed; an item belongs to another level, section or kind; an item's code does not sit
    /// under the work content; or two items of a kind share a code.
    /// </exception>
    public WorkContent(
        SkillLevel level,
        string section,
        string code,
        LocalizedText name,
        ImmutableArray<Requirement> skills,
        ImmutableArray<Requirement> knowledge)
    {
        Level = Invariant.Level(level, "level");
        Section = Invariant.Code(section, 2, "section");
        Code = Invariant.Code(code, 2, "code");
        Name = Invariant.NotNull(name, "name");
        Skills = Check(skills, "skills", RequirementKind.Skill);
        Knowledge = Check(knowledge, "knowledge", RequirementKind.Knowledge);
    }

    /// <summary>Gets the level.</summary>
    public SkillLevel Level { get; }

    /// <summary>Gets the clause of the level's table, e.g. <c>3.1</c>.</summary>
    public string Section { get; }

    /// <summary>Gets the code, e.g. <c>2.4</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the code of the occupational function, e.g. <c>2</c>.</summary>
    public string FunctionCode => Codes.Parent(Code);

    /// <summary>Gets the citation, e.g. <c>3.1 / 2.4</c>.</summary>
    public string Clause => $"{Section} / {Code}";

    /// <summary>Gets the name as printed, e.g. 创业服务.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the skill requirements (技能要求) in printed order.</summary>
    public ImmutableArray<Requirement> Skills { get; }

    /// <summary>Gets the related-knowledge requirements (相关知识要求) in printed order.</summary>
    public ImmutableArray<Requirement> Knowledge { get; }

    /// <summary>Gets the requirements of one kind.</summary>
    /// <param name="kind">Skill or knowledge.</param>
    /// <returns>The requirements of that kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a requirement kind.</exception>
    public ImmutableArray<Requirement> Of(RequirementKind kind) => Requirement.OfKind(kind, Skills, Knowledge);

    /// <inheritdoc />
    public bool Equals(WorkContent? other)
        => other is not null
           && Level == other.Level
           && string.Equals(Section, other.Section, StringComparison.Ordinal)
           && string.Equals(Code, other.Code, StringComparison.Ordinal)
           && Name.Equals(other.Name)
           && Sequence.Equal(Skills, other.Skills)
           && Sequence.Equal(Knowledge, other.Knowledge);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkContent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Code, Name, Sequence.Hash(Skills), Sequence.Hash(Knowledge));

    /// <summary>Returns the level, code and Chinese name.</summary>
    /// <returns>For example "四级 2.4 创业服务".</returns>
    public override string ToString() => $"{Level.ChineseName} {Code} {Name.Chinese}";

    private ImmutableArray<Requirement> Check(ImmutableArray<Requirement> items, string member, RequirementKind kind)
    {
        Invariant.Items(items, member);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var at = Invariant.Indexed(member, i);
            Invariant.Require(item.Kind == kind, StandardRules.UnknownValue, at + ".kind", $"为{ModelTexts.Chinese(item.Kind)}，但此列表只收{ModelTexts.Chinese(kind)}。", $"is {item.Kind} but the list holds {kind} requirements.");
            Invariant.Require(item.Level == Level, StandardRules.LevelDefined, at + ".level", $"为{item.Level}，但所属工作内容为{Level}。", $"is {item.Level} but the work content is at {Level}.");
            Invariant.Require(string.Equals(item.Section, Section, StringComparison.Ordinal), StandardRules.CodeUnderParent, at + ".section", $"为 {item.Section}，但所属工作内容在 {Section} 中。", $"is {item.Section} but the work content is in {Section}.");
            if (!Codes.IsDirectlyUnder(item.Code, Code))
            {
                throw Invariant.Violation(StandardRules.CodeUnderParent, at + ".code", item.IsCodeCorrected
                    ? new LocalizedText(
                        $"更正后的编码{Invariant.QuoteZh(item.Code)}不在工作内容 {Code} 之下。",
                        $"the corrected code '{item.Code}' does not sit under work content {Code}.")
                    : new LocalizedText(
                        $"{Invariant.QuoteZh(item.PrintedCode)}不在工作内容 {Code} 之下；如属印刷错误，请记录对编码的更正。",
                        $"'{item.PrintedCode}' does not sit under work content {Code}; if it is a misprint, record a correction of the code."));
            }

            for (var j = 0; j < i; j++)
            {
                Invariant.Require(!string.Equals(items[j].Code, item.Code, StringComparison.Ordinal), StandardRules.CodeUnique, at + ".code", $"{Invariant.QuoteZh(item.Code)}在工作内容 {Code} 的{ModelTexts.Chinese(kind)}中出现两次。", $"'{item.Code}' appears twice among the {kind} requirements of {Code}.");
            }
        }

        return items;
    }
}
