using System.Runtime.InteropServices;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>
/// School conditions: a student in the graduation school year (the twelve months that end on the graduation date), or a
/// technician-class graduate (from the graduation date on).
/// </summary>
internal sealed class SchoolNode : Node
{
    private readonly bool _graduate;
    private readonly int _schools;

    // The words that do not depend on the candidate, made once.
    private readonly Shortfall _missing;
    private static readonly LocalizedText NotConfirmed = new("预计毕业日期已到，按已毕业计（未登记确认）", "the expected graduation date has come; counted as graduated (not confirmed)");
    private static readonly LocalizedText OtherSchool = new("学校类别不符，不计", "kind of school not accepted, does not count");
    private static readonly LocalizedText NotTechnicianClass = new("不是技师班，不计", "not a technician class, does not count");
    private static readonly LocalizedText GraduationLater = new("毕业日期晚于评估日期，届时方计", "graduation after the as-of date, counts from that date");
    private static readonly LocalizedText YearOver = new("毕业学年已过，不计", "the graduation school year is over, does not count");

    /// <inheritdoc />
    protected override CandidateFacts Reads => CandidateFacts.Schooling;

    public SchoolNode(SchoolCondition condition)
        : base(condition)
    {
        _graduate = condition is TechnicianClassGraduateCondition;
        _schools = condition.Schools.Aggregate(0, (mask, kind) => mask | (1 << (int)kind));
        var wanted = string.Join("或", condition.Schools.Select(s => DecisionTexts.School(s).Chinese));
        var wantedEn = string.Join(" or ", condition.Schools.Select(s => DecisionTexts.School(s).English));
        _missing = _graduate
            ? new Shortfall(ShortfallUnit.None, 0, 0, new LocalizedText($"不是{wanted}技师班毕业生", $"not a graduate of a {wantedEn} technician class"))
            : new Shortfall(ShortfallUnit.None, 0, 0, new LocalizedText($"不是{wanted}毕业学年的学生", $"not a {wantedEn} student in the graduation school year"));
    }

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

    /// <summary>The truth alone: some record's window holds the as-of date (the earliest window of <see cref="Evaluate"/> does whenever any does).</summary>
    public override Truth Decide(in Facts facts)
    {
        foreach (var school in facts.Profile.Schooling)
        {
            if (Window(school, facts.AsOf) is { } window && window.From <= facts.AsOf && facts.AsOf <= window.Until)
            {
                return Truth.True;
            }
        }

        return facts.Knows(CandidateFacts.Schooling) ? Truth.False : Truth.Unknown;
    }

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        outcome = Evaluate(facts);
        var schooling = facts.Profile.Schooling;
        var evidence = new Evidence[schooling.Length];
        for (var i = 0; i < evidence.Length; i++)
        {
            var school = schooling[i];
            var kind = DecisionTexts.School(school.Kind);
            var date = DecisionTexts.Date(school.GraduationDate);
            var technician = school.Programme == SchoolProgramme.TechnicianClass;
            var window = Window(school, facts.AsOf);
            var counts = window is { } w && w.From <= facts.AsOf && facts.AsOf <= w.Until;
            var why = counts ? Unconfirmed(school) : Reason(school, window);
            var description = DecisionTexts.Described(
                $"{kind.Chinese}{(technician ? "技师班" : string.Empty)}，{(school.HasGraduated ? "毕业于" : "预计毕业于")} {date}",
                $"{kind.English}{(technician ? " technician class" : string.Empty)}, {(school.HasGraduated ? "graduated" : "expected to graduate")} {date}",
                why);
            evidence[i] = Evidence.Of(school, counts, description);
        }

        return Result(facts, outcome, ImmutableCollectionsMarshal.AsImmutableArray(evidence), _missing);
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

    private LocalizedText? Unconfirmed(SchoolRecord school) => _graduate && !school.HasGraduated ? NotConfirmed : null;

    private LocalizedText Reason(SchoolRecord school, (int From, int Until)? window)
    {
        if ((_schools & (1 << (int)school.Kind)) == 0)
        {
            return OtherSchool;
        }

        if (_graduate)
        {
            return school.Programme != SchoolProgramme.TechnicianClass ? NotTechnicianClass : GraduationLater;
        }

        return window is { } year
            ? new LocalizedText($"毕业学年自 {DecisionTexts.Date(year.From)} 起", $"the graduation school year begins {DecisionTexts.Date(year.From)}")
            : YearOver;
    }
}
