using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// The result of one part of the assessment (理论知识考试 or 技能考核) under clause 1.9.2: the score on the 100-point scale
/// (百分制) and whether it reaches the pass mark, which itself passes (60 分（含）以上为合格).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class PartResult : IEquatable<PartResult>
{
    internal PartResult(AssessmentMethod method, ScoringRule rule, decimal score)
    {
        Kind = method.Kind;
        Name = method.Name;
        Score = score;
        PassMark = rule.PassMark;
        FullMarks = rule.FullMarks;
        Passed = score >= rule.PassMark;
    }

    /// <summary>Gets the part: theory (理论知识考试) or skill (技能考核).</summary>
    public AssessmentKind Kind { get; }

    /// <summary>Gets the part's name as the standard prints it, e.g. 理论知识考试.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the score, from 0 to <see cref="FullMarks"/>.</summary>
    public decimal Score { get; }

    /// <summary>Gets the lowest passing score, inclusive, read from the standard (60).</summary>
    public int PassMark { get; }

    /// <summary>Gets the full marks, read from the standard (100).</summary>
    public int FullMarks { get; }

    /// <summary>Gets whether the score reaches the pass mark (the pass mark itself passes).</summary>
    public bool Passed { get; }

    /// <summary>Gets the clause the result rests on: <c>1.9.2</c>.</summary>
    public string Clause { get; } = AssessmentClauses.Scoring;

    /// <summary>Gets the result in words, for the candidate.</summary>
    /// <value>For example 理论知识考试 59.5 分，合格线 60 分（含）：不合格 (1.9.2).</value>
    public LocalizedText Summary => new(
        string.Create(CultureInfo.InvariantCulture, $"{Name.Chinese} {Score} 分（满分 {FullMarks} 分，合格线 {PassMark} 分（含））：{(Passed ? "合格" : "不合格")}（{Clause}）。"),
        string.Create(CultureInfo.InvariantCulture, $"{Name.English}: {Score} of {FullMarks} points (pass mark {PassMark}, inclusive): {(Passed ? "pass" : "fail")} ({Clause})."));

    /// <inheritdoc />
    public bool Equals(PartResult? other)
        => other is not null
           && Kind == other.Kind
           && Name.Equals(other.Name)
           && Score.Equals(other.Score)
           && PassMark == other.PassMark
           && FullMarks == other.FullMarks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Score, PassMark, FullMarks);

    /// <summary>Returns the part, score and verdict.</summary>
    /// <returns>For example "Theory 59.5/100 fail (pass 60, 1.9.2)".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Score}/{FullMarks} {(Passed ? "pass" : "fail")} (pass {PassMark}, {Clause})");
}
