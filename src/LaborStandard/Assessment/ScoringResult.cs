using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// The overall result of an assessment under clause 1.9.2: the candidate passes when both parts pass
/// (理论知识考试、技能考核 … 成绩皆达 60 分（含）以上者为合格).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class ScoringResult : IEquatable<ScoringResult>
{
    internal ScoringResult(PartResult theory, PartResult skill)
    {
        Theory = theory;
        Skill = skill;
    }

    /// <summary>Gets the result of the theory knowledge examination (理论知识考试).</summary>
    public PartResult Theory { get; }

    /// <summary>Gets the result of the skill assessment (技能考核).</summary>
    public PartResult Skill { get; }

    /// <summary>Gets both parts, theory first.</summary>
    public ImmutableArray<PartResult> Parts => [Theory, Skill];

    /// <summary>Gets whether both parts pass.</summary>
    public bool Passed => Theory.Passed && Skill.Passed;

    /// <summary>Gets the parts that did not pass, theory first; empty when the candidate passes.</summary>
    public ImmutableArray<PartResult> FailedParts => [.. Parts.Where(p => !p.Passed)];

    /// <summary>Gets the clause the result rests on: <c>1.9.2</c>.</summary>
    public string Clause { get; } = AssessmentClauses.Scoring;

    /// <summary>Gets the result in words, for the candidate: each part's result and the verdict.</summary>
    public LocalizedText Summary => new(
        $"{Theory.Summary.Chinese}{Skill.Summary.Chinese}总评：{(Passed ? "合格" : "不合格")}（{Clause}：两部分成绩皆达合格线者为合格）。",
        $"{Theory.Summary.English} {Skill.Summary.English} Overall: {(Passed ? "pass" : "fail")} ({Clause}: a candidate passes when both parts pass).");

    /// <inheritdoc />
    public bool Equals(ScoringResult? other) => other is not null && Theory.Equals(other.Theory) && Skill.Equals(other.Skill);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Theory, Skill);

    /// <summary>Returns both parts and the verdict.</summary>
    /// <returns>For example "Theory 72/100 pass (pass 60, 1.9.2); Skill 59.5/100 fail (pass 60, 1.9.2) → fail".</returns>
    public override string ToString() => $"{Theory}; {Skill} → {(Passed ? "pass" : "fail")}";
}
