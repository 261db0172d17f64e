using System.Globalization;
using Ardalis.GuardClauses;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// The guards of the assessment rules' entry points: bad input is refused at the edge with an exception that names the
/// argument and, where a clause of the standard sets the range, the clause.
/// </summary>
internal static class Arguments
{
    public static T NotNull<T>(T? value, string name)
        where T : class
        => Guard.Against.Null(value, name);

    public static AssessmentKind Kind(AssessmentKind kind, string name)
        => Guard.Against.EnumOutOfRange(kind, name);

    /// <summary>A number of candidates, rooms or questions that must be at least one.</summary>
    public static int Positive(int value, string name, string what)
        => Guard.Against.NegativeOrZero(
            value,
            name,
            exceptionCreator: () => new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"The number of {what} must be greater than zero, was {value}.")));

    /// <summary>A count that may be zero but not negative.</summary>
    public static int NotNegative(int value, string name, string what)
        => Guard.Against.Negative(
            value,
            name,
            exceptionCreator: () => new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"The number of {what} must be zero or more, was {value}.")));

    /// <summary>A score on the scale of clause 1.9.2: a decimal number from 0 to the full marks, exact at any number of digits.</summary>
    /// <param name="score">The score.</param>
    /// <param name="rule">The scoring rule.</param>
    /// <param name="name">The argument's name.</param>
    /// <param name="what">What the score is of, for the message (e.g. "the theory score").</param>
    /// <returns>The score, with a negative zero made zero.</returns>
    public static decimal Score(decimal score, ScoringRule rule, string name, string what)
    {
        if (score < 0 || score > rule.FullMarks)
        {
            throw new ArgumentOutOfRangeException(
                name,
                score,
                string.Create(CultureInfo.InvariantCulture, $"{what} is {score}; scores run from 0 to {rule.FullMarks} ({AssessmentClauses.Scoring})."));
        }

        return score == 0 ? 0m : score;
    }
}
