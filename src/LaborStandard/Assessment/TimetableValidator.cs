using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 鉴定时间 — the durations of clause 1.9.4: each kind of assessment lasts at least its minimum (理论知识考试时间不少于
/// 90min；技能考核时间不少于 120min), the minimum itself being enough. The minutes are read from
/// <see cref="AssessmentRequirements.GetDuration"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TimetableValidator
{
    private readonly AssessmentRequirements _assessment;

    /// <summary>Creates the validator of a standard.</summary>
    /// <param name="standard">The standard whose durations apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    public TimetableValidator(OccupationalStandard standard)
        => _assessment = Arguments.NotNull(standard, nameof(standard)).Assessment;

    /// <summary>Gets the minimum duration of a kind of assessment.</summary>
    /// <param name="kind">Theory or skill.</param>
    /// <returns>The minimum, inclusive.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a kind of assessment.</exception>
    public TimeSpan MinimumDuration(AssessmentKind kind) => _assessment.GetDuration(Arguments.Kind(kind, nameof(kind))).MinimumDuration;

    /// <summary>Checks one sitting.</summary>
    /// <param name="slot">The sitting.</param>
    /// <returns>The report; it passes when the sitting lasts at least its minimum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slot"/> is null.</exception>
    public TimetableReport Validate(TimetableSlot slot) => Validate([Arguments.NotNull(slot, nameof(slot))]);

    /// <summary>Checks a timetable: every sitting against the minimum duration of its kind.</summary>
    /// <param name="slots">The sittings, in any order; none may be null.</param>
    /// <returns>The report, with a violation for each sitting that is too short.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slots"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="slots"/> holds a null.</exception>
    public TimetableReport Validate(IEnumerable<TimetableSlot> slots)
    {
        ImmutableArray<TimetableSlot> timetable = [.. Arguments.NotNull(slots, nameof(slots))];
        var violations = ImmutableArray.CreateBuilder<Violation>();
        for (var i = 0; i < timetable.Length; i++)
        {
            var slot = timetable[i] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Sitting {i} of the timetable is null."), nameof(slots));
            var rule = _assessment.GetDuration(slot.Kind);
            if (slot.Duration >= rule.MinimumDuration)
            {
                continue;
            }

            var name = _assessment.GetMethod(slot.Kind).Name;
            var minutes = (decimal)slot.Duration.TotalMinutes;
            violations.Add(new Violation(
                ViolationKind.MinimumDuration,
                AssessmentClauses.Durations,
                Invariant.Indexed("slots", i),
                minutes,
                rule.MinimumMinutes,
                new LocalizedText(
                    string.Create(CultureInfo.InvariantCulture, $"{slot.Start:yyyy-MM-dd HH:mm} 开始的{name.Chinese}时间不少于 {rule.MinimumMinutes} 分钟，实际安排 {minutes} 分钟。"),
                    string.Create(CultureInfo.InvariantCulture, $"{name.English} starting {slot.Start:yyyy-MM-dd HH:mm} must last at least {rule.MinimumMinutes} minutes, but {minutes} are scheduled."))));
        }

        return new TimetableReport(timetable, violations.ToImmutable());
    }
}
