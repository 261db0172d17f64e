using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>
/// School conditions: a student in the graduation school year (the twelve months that end on the graduation date), or a
/// technician-class graduate (from the graduation date on).
/// </summary>
internal sealed class SchoolNode(SchoolCondition condition) : Node(condition)
{
    private readonly bool _graduate = condition is TechnicianClassGraduateCondition;
    private readonly int _schools = condition.Schools.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));

    public override Outcome Evaluate(in Facts facts)
    {
        int from = Outcome.Never, until = Outcome.Forever;
        foreach (var school in facts.Profile.Schooling)
        {
            if (Window(school, facts.AsOf) is { } window && (window.From < from || (window.From == from && window.Until > until)))
            {
                (from, until) = window;
            }
        }

        var truth = from <= facts.AsOf && facts.AsOf <= until ? Truth.True : facts.Knows(CandidateFacts.Schooling) ? Truth.False : Truth.Unknown;
        return from == Outcome.Never ? new Outcome(truth, Outcome.Never, Outcome.Forever) : new Outcome(truth, from, until);
    }

    public override ConditionResult Explain(in Facts facts)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        foreach (var school in facts.Profile.Schooling)
        {
            var what = new LocalizedText(
                $"{Texts.School(school.Kind).Chinese}{(school.Programme == SchoolProgramme.TechnicianClass ? "技师班" : string.Empty)}，{(school.HasGraduated ? "毕业于" : "预计毕业于")} {Texts.Date(school.GraduationDate)}",
                $"{Texts.School(school.Kind).English}{(school.Programme == SchoolProgramme.TechnicianClass ? " technician class" : string.Empty)}, {(school.HasGraduated ? "graduated" : "expected to graduate")} {Texts.Date(school.GraduationDate)}");
            var window = Window(school, facts.AsOf);
            var counts = window is { } w && w.From <= facts.AsOf && facts.AsOf <= w.Until;
            LocalizedText? why = counts ? Unconfirmed(school) : Reason(school, window, facts.AsOf);
            evidence.Add(Evidence.Of(school, counts, why is null ? what : Texts.Join(what, "：", ": ", why)));
        }

        var wanted = string.Join("或", condition.Schools.Select(s => Texts.School(s).Chinese));
        var wantedEn = string.Join(" or ", condition.Schools.Select(s => Texts.School(s).English));
        var shortfall = _graduate
            ? new Shortfall(ShortfallUnit.None, 0, 0, new LocalizedText($"不是{wanted}技师班毕业生", $"not a graduate of a {wantedEn} technician class"))
            : new Shortfall(ShortfallUnit.None, 0, 0, new LocalizedText($"不是{wanted}毕业学年的学生", $"not a {wantedEn} student in the graduation school year"));
        return Result(facts, Evaluate(facts), evidence.ToImmutable(), shortfall);
    }

    /// <summary>The days the record satisfies the condition, from one day through another, if any remain on or after the as-of date.</summary>
    private (int From, int Until)? Window(SchoolRecord school, int asOf)
    {
        if ((_schools & (1 << (int)school.Kind)) == 0)
        {
            return null;
        }

        var graduation = school.GraduationDate.DayNumber;
        if (_graduate)
        {
            // A technician class graduate from the graduation day on. An expected graduation is taken to happen on its
            // date ("if nothing else changes"), so the projection and a later evaluation of the same profile agree.
            return school.Programme == SchoolProgramme.TechnicianClass ? (graduation, Outcome.Forever) : null;
        }

        // The graduation school year: the twelve months that end on the graduation date.
        return graduation >= asOf ? (school.GraduationDate.AddYears(-1).AddDays(1).DayNumber, graduation) : null;
    }

    private LocalizedText? Unconfirmed(SchoolRecord school)
        => _graduate && !school.HasGraduated
            ? new LocalizedText("预计毕业日期已到，按已毕业计（未登记确认）", "the expected graduation date has come; counted as graduated (not confirmed)")
            : null;

    private LocalizedText Reason(SchoolRecord school, (int From, int Until)? window, int asOf)
    {
        if (!condition.Schools.Contains(school.Kind))
        {
            return new LocalizedText("学校类别不符，不计", "kind of school not accepted, does not count");
        }

        if (_graduate)
        {
            if (school.Programme != SchoolProgramme.TechnicianClass)
            {
                return new LocalizedText("不是技师班，不计", "not a technician class, does not count");
            }

            return new LocalizedText("毕业日期晚于评估日期，届时方计", "graduation after the as-of date, counts from that date");
        }

        return window is { } year
            ? new LocalizedText($"毕业学年自 {Texts.Date(year.From)} 起", $"the graduation school year begins {Texts.Date(year.From)}")
            : new LocalizedText("毕业学年已过，不计", "the graduation school year is over, does not count");
    }
}
