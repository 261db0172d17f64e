using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 鉴定规则 — the assessment rules of a standard in one place, for assessment centres that plan sessions and assemble
/// papers: scoring (1.9.2), staffing (1.9.3), durations (1.9.4), paper blueprints from the weight tables (4.1, 4.2)
/// and training hours (1.8). Every figure is read from the <see cref="OccupationalStandard"/>, so a later edition
/// changes the rules without changing code.
/// </summary>
/// <remarks>
/// Each rule also stands alone (<c>new StaffingPlanner(standard)</c> …); this type only builds them once over the same
/// standard. Immutable and thread-safe.
/// </remarks>
public sealed class AssessmentRules
{
    /// <summary>Creates the rules of a standard.</summary>
    /// <param name="standard">The standard, e.g. <c>Standards.Embedded</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public AssessmentRules(OccupationalStandard standard)
    {
        Standard = Arguments.NotNull(standard, nameof(standard));
        Scoring = new ScoreEvaluator(standard);
        Staffing = new StaffingPlanner(standard);
        Timetable = new TimetableValidator(standard);
        Blueprints = new BlueprintBuilder(standard);
        Training = new TrainingCheck(standard);
    }

    /// <summary>Gets the standard the rules are read from.</summary>
    public OccupationalStandard Standard { get; }

    /// <summary>Gets the scoring of clause 1.9.2 (成绩评定).</summary>
    public ScoreEvaluator Scoring { get; }

    /// <summary>Gets the staffing of clause 1.9.3: proctors (监考人员), evaluators (考评人员) and the session planner.</summary>
    public StaffingPlanner Staffing { get; }

    /// <summary>Gets the durations of clause 1.9.4 (鉴定时间).</summary>
    public TimetableValidator Timetable { get; }

    /// <summary>Gets the paper blueprints and weighted totals of the weight tables 4.1 and 4.2 (权重表).</summary>
    public BlueprintBuilder Blueprints { get; }

    /// <summary>Gets the training hours of clause 1.8 (培训参考学时).</summary>
    public TrainingCheck Training { get; }

    /// <summary>Returns the standard the rules are read from.</summary>
    /// <returns>The edition.</returns>
    public override string ToString() => $"Assessment rules of {Standard}";
}
