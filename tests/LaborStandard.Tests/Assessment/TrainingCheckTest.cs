using LaborStandard.Assessment;
using LaborStandard.Model;

namespace LaborStandard.Tests.Assessment;

/// <summary>Clause 1.8: 四级 100 标准学时；三级 80 标准学时 — a record passes when it reaches them.</summary>
public class TrainingCheckTest
{
    private static readonly TrainingCheck Training = new(Standards.Embedded);

    // rank, hours completed, passes, shortfall.
    [Theory]
    [InlineData(4, 0, false, 100)]
    [InlineData(4, 99.5, false, 0.5)]
    [InlineData(4, 100, true, 0)]
    [InlineData(4, 120, true, 0)]
    [InlineData(3, 79, false, 1)]
    [InlineData(3, 80, true, 0)]
    public void A_record_passes_when_it_reaches_the_standard_hours(int rank, double hours, bool passes, double shortfall)
    {
        var level = SkillLevel.FromRank(rank);

        var result = Training.Check(level, (decimal)hours);

        result.Passed.Should().Be(passes);
        result.Shortfall.Should().Be((decimal)shortfall);
        result.Level.Should().Be(level);
        result.CompletedHours.Should().Be((decimal)hours);
        result.StandardHours.Should().Be(Training.StandardHours(level));
        result.Clause.Should().Be("1.8");
        result.Violations.Should().HaveCount(passes ? 0 : 1);
    }

    [Fact]
    public void The_standard_hours_are_read_from_the_standard()
    {
        Training.StandardHours(SkillLevel.Level4).Should().Be(100);
        Training.StandardHours(SkillLevel.Level3).Should().Be(80);
    }

    [Fact]
    public void A_shortfall_is_a_violation_with_its_numbers_in_both_languages()
    {
        var result = Training.Check(SkillLevel.Level3, 62.5m);

        var violation = result.Violations.Single();
        (violation.Kind, violation.Clause, violation.Subject, violation.Actual, violation.Required).Should().Be((ViolationKind.TrainingHours, "1.8", "hours", 62.5m, 80m));
        violation.Message.Chinese.Should().Be("三级培训标准学时为 80 学时，已完成 62.5 学时，尚差 17.5 学时。");
        violation.Message.English.Should().Be("Training for Level 3 / senior worker takes 80 standard hours; 62.5 are completed, 17.5 short.");
        result.ToString().Should().Be("1.8 三级/高级工: 62.5/80 hours, 17.5 short");
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_argument()
    {
        FluentActions.Invoking(() => Training.Check(SkillLevel.Level4, -1m)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "completedHours");
        FluentActions.Invoking(() => Training.Check(SkillLevel.Level5, 100m)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
        FluentActions.Invoking(() => Training.Check(default, 100m)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
        FluentActions.Invoking(() => Training.StandardHours(SkillLevel.Level1)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
        FluentActions.Invoking(() => new TrainingCheck(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "standard");
    }
}
