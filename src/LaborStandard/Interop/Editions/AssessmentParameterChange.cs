using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>A figure of the assessment changed: the scoring of 1.9.2, a staffing rule of 1.9.3 or a duration of 1.9.4.</summary>
/// <remarks><see cref="ValueChange{T}.Before"/> and <see cref="ValueChange{T}.After"/> are the values written invariantly (<c>60</c>, <c>Evaluator</c>, <c>True</c>). Immutable and thread-safe; equality is by value.</remarks>
public sealed class AssessmentParameterChange : ValueChange<string>
{
    // The assessment's name as the standard prints it (1.9.2), taken from the data by the comparer.
    private readonly LocalizedText? _assessmentName;

    internal AssessmentParameterChange(string clause, AssessmentParameter parameter, AssessmentKind? assessment, string before, string after, LocalizedText? assessmentName = null)
        : base(ChangeKind.AssessmentParameterChanged, clause, level: null, before, after)
    {
        Parameter = parameter;
        _assessmentName = assessmentName;
        Assessment = assessment;
    }

    /// <summary>Gets the figure that changed.</summary>
    public AssessmentParameter Parameter { get; }

    /// <summary>Gets the kind of assessment the figure belongs to, or <see langword="null"/> for the scoring, which both share.</summary>
    public AssessmentKind? Assessment { get; }

    /// <inheritdoc />
    public override bool Equals(StandardChange? other)
        => other is AssessmentParameterChange o && SameValues(o) && Parameter == o.Parameter && Assessment == o.Assessment;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Parameter, Assessment, Before, After);

    /// <inheritdoc />
    public override LocalizedText Description
    {
        get
        {
            var name = ChangeWords.Parameter(Parameter);
            var kind = _assessmentName;
            var (before, after) = (ChangeWords.Value(Before), ChangeWords.Value(After));
            return Say(
                $"{(kind is null ? string.Empty : kind.Chinese)}{name.Chinese}：{before.Chinese} → {after.Chinese}",
                $"{(kind is null ? string.Empty : kind.English + " ")}{name.English}: {before.English} → {after.English}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Clause} {(Assessment is { } kind ? kind + " " : string.Empty)}{Parameter}: {Before} → {After}";
}
