using LaborStandard.Assessment;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Assessment;

/// <summary>Clause 1.9.4: 理论知识考试时间不少于 90min；技能考核时间不少于 120min.</summary>
public class TimetableValidatorTest
{
    private static readonly TimetableValidator Timetable = new(Standards.Embedded);
    private static readonly DateTimeOffset Morning = new(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    // kind, minutes, passes — the minimum itself is enough.
    [Theory]
    [InlineData(AssessmentKind.Theory, 89, false)]
    [InlineData(AssessmentKind.Theory, 89.5, false)]
    [InlineData(AssessmentKind.Theory, 90, true)]
    [InlineData(AssessmentKind.Theory, 120, true)]
    [InlineData(AssessmentKind.Skill, 90, false)]
    [InlineData(AssessmentKind.Skill, 119, false)]
    [InlineData(AssessmentKind.Skill, 120, true)]
    [InlineData(AssessmentKind.Skill, 180, true)]
    public void A_sitting_lasts_at_least_its_minimum(AssessmentKind kind, double minutes, bool passes)
    {
        var report = Timetable.Validate(new TimetableSlot(kind, Morning, TimeSpan.FromMinutes(minutes)));

        report.Passed.Should().Be(passes);
        report.Clause.Should().Be("1.9.4");
        report.Violations.Should().HaveCount(passes ? 0 : 1);
    }

    [Theory]
    [InlineData(AssessmentKind.Theory, 90)]
    [InlineData(AssessmentKind.Skill, 120)]
    public void The_minimum_durations_are_read_from_the_standard(AssessmentKind kind, int minutes)
        => Timetable.MinimumDuration(kind).Should().Be(TimeSpan.FromMinutes(minutes));

    [Fact]
    public void Every_short_sitting_of_a_timetable_is_listed_with_its_numbers()
    {
        TimetableSlot[] day =
        [
            new(AssessmentKind.Theory, Morning, TimeSpan.FromMinutes(89)),
            new(AssessmentKind.Skill, Morning.AddHours(2), TimeSpan.FromMinutes(120)),
            new(AssessmentKind.Skill, Morning.AddHours(5), TimeSpan.FromMinutes(100)),
            new(AssessmentKind.Theory, Morning.AddDays(1), TimeSpan.FromMinutes(90)),
        ];

        var report = Timetable.Validate(day);

        report.Passed.Should().BeFalse();
        report.Slots.Should().Equal(day);
        report.Violations.Select(v => (v.Kind, v.Clause, v.Subject, v.Actual, v.Required)).Should().Equal(
            (ViolationKind.MinimumDuration, "1.9.4", "slots[0]", 89m, 90m),
            (ViolationKind.MinimumDuration, "1.9.4", "slots[2]", 100m, 120m));
        report.Violations[0].Message.Chinese.Should().Be("2025-06-01 09:00 开始的理论知识考试时间不少于 90 分钟，实际安排 89 分钟。");
        report.Violations[1].Message.English.Should().Be("Skill assessment starting 2025-06-01 14:00 must last at least 120 minutes, but 100 are scheduled.");
        report.ToString().Should().StartWith("1.9.4: 2 violations: 1.9.4 slots[0]: ");
        Timetable.Validate(day[0]).ToString().Should().Be("1.9.4: 1 violation: 1.9.4 slots[0]: 2025-06-01 09:00 开始的理论知识考试时间不少于 90 分钟，实际安排 89 分钟。");
        Timetable.Validate(day[1]).ToString().Should().Be("1.9.4: passed");
    }

    [Fact]
    public void An_empty_timetable_passes()
        => Timetable.Validate([]).Passed.Should().BeTrue();

    [Fact]
    public void Bad_sittings_are_refused_naming_the_argument()
    {
        FluentActions.Invoking(() => new TimetableSlot(AssessmentKind.Theory, Morning, TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "duration");
        FluentActions.Invoking(() => new TimetableSlot(AssessmentKind.Theory, Morning, TimeSpan.FromMinutes(-90))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "duration");
        FluentActions.Invoking(() => new TimetableSlot((AssessmentKind)7, Morning, TimeSpan.FromMinutes(90))).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => Timetable.Validate((TimetableSlot)null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "slot");
        FluentActions.Invoking(() => Timetable.Validate((IEnumerable<TimetableSlot>)null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "slots");
        FluentActions.Invoking(() => Timetable.Validate([null!])).Should().Throw<ArgumentException>().Where(e => e.ParamName == "slots");
        FluentActions.Invoking(() => Timetable.MinimumDuration((AssessmentKind)0)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => new TimetableValidator(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "standard");
    }

    [Fact]
    public void Sittings_compare_by_value_and_read_well()
    {
        var slot = new TimetableSlot(AssessmentKind.Theory, Morning, TimeSpan.FromMinutes(90));

        EqualityContract.Holds(
            slot,
            new TimetableSlot(AssessmentKind.Theory, Morning, TimeSpan.FromMinutes(90)),
            new TimetableSlot(AssessmentKind.Skill, Morning, TimeSpan.FromMinutes(90)),
            new TimetableSlot(AssessmentKind.Theory, Morning.AddHours(1), TimeSpan.FromMinutes(90)),
            new TimetableSlot(AssessmentKind.Theory, Morning, TimeSpan.FromMinutes(91)));
        slot.End.Should().Be(Morning.AddMinutes(90));
        slot.ToString().Should().Be("Theory 2025-06-01 09:00 +08:00, 90 min");
    }
}
