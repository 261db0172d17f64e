using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 成绩评定 — scores the parts of an assessment by clause 1.9.2: both parts on the 100-point scale (百分制), each passing at
/// the pass mark inclusive, and the candidate passing when both parts pass. The full marks and pass mark are read from
/// <see cref="AssessmentRequirements.Scoring"/>.
/// </summary>
/// <remarks>
/// Scores are compared exactly as given: 59.5 fails and 60 passes; no rounding is applied, because the standard states
/// none. Immutable and thread-safe.
/// </remarks>
public sealed class ScoreEvaluator
{
    private readonly AssessmentRequirements _assessment;

    /// <summary>Creates the evaluator of a standard.</summary>
    /// <param name="standard">The standard whose scoring rule applies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public ScoreEvaluator(OccupationalStandard standard)
        => _assessment = Arguments.NotNull(standard, nameof(standard)).Assessment;

    /// <summary>Gets the scoring rule of clause 1.9.2.</summary>
    public ScoringRule Rule => _assessment.Scoring;

    /// <summary>Scores one part of the assessment.</summary>
    /// <param name="kind">The part: theory or skill.</param>
    /// <param name="score">The score, from 0 to the full marks.</param>
    /// <returns>The part's result with the clause.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of assessment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is below 0 or above the full marks.</exception>
    public PartResult Evaluate(AssessmentKind kind, decimal score)
    {
        Arguments.Kind(kind, nameof(kind));
        score = Arguments.Score(score, Rule, nameof(score), $"The {kind} score");
        return new PartResult(_assessment.GetMethod(kind), Rule, score);
    }

    /// <summary>Scores both parts and decides the overall result: pass when both parts pass.</summary>
    /// <param name="theory">The score of the theory knowledge examination (理论知识考试).</param>
    /// <param name="skill">The score of the skill assessment (技能考核).</param>
    /// <returns>The result per part and overall, with the clause.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is below 0 or above the full marks; the exception names it.</exception>
    /// <example>
    /// <para>Scoring a candidate's two assessments against the pass marks of the standard.</para>
    /// <code language="csharp">
    /// var scoring = new ScoreEvaluator(Standards.Embedded).Evaluate(theory: 72, skill: 58);
    /// Console.WriteLine(scoring.Passed);   // False: the skill assessment is below its pass mark
    /// Console.WriteLine(scoring);
    /// </code>
    /// </example>
    public ScoringResult Evaluate(decimal theory, decimal skill)
    {
        theory = Arguments.Score(theory, Rule, nameof(theory), "The theory score");
        skill = Arguments.Score(skill, Rule, nameof(skill), "The skill score");
        return new ScoringResult(
            new PartResult(_assessment.GetMethod(AssessmentKind.Theory), Rule, theory),
            new PartResult(_assessment.GetMethod(AssessmentKind.Skill), Rule, skill));
    }
}
