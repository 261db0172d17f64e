using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Holds when the highest education reaches the minimum (and, if by equivalent attainment, that is accepted).</summary>
internal sealed class EducationNode : Node
{
    private readonly EducationCondition _condition;

    // The words that do not depend on the candidate, made once.
    private readonly LocalizedText _wanted;
    private readonly Shortfall _unknown;
    private static readonly LocalizedText BelowMinimum = new("低于要求，不计", "below the minimum, does not count");
    private static readonly LocalizedText EquivalentNotAccepted = new("同等学力不计", "equivalent attainment does not count here");
    private static readonly LocalizedText ObtainedLater = new("取得日期晚于评估日期，届时方计", "obtained after the as-of date, counts from that date");

    /// <inheritdoc />
    protected override CandidateFacts Reads => CandidateFacts.Education;

    public EducationNode(EducationCondition condition)
        : base(condition)
    {
        _condition = condition;
        _wanted = new LocalizedText(
            $"{DecisionTexts.Education(condition.Minimum).Chinese}及以上学历{(condition.AcceptsEquivalent ? "（含同等学力）" : "（不含同等学力）")}",
            $"{DecisionTexts.Education(condition.Minimum).English} or higher{(condition.AcceptsEquivalent ? " (equivalent attainment included)" : " (equivalent attainment not accepted)")}");
        _unknown = new Shortfall(ShortfallUnit.EducationLevel, (int)condition.Minimum, 0, new LocalizedText($"学历未知，需{_wanted.Chinese}", $"education unknown; needs {_wanted.English}"));
    }

    public override Outcome Evaluate(in Facts facts)
    {
        var known = facts.Knows(CandidateFacts.Education);
        if (facts.Profile.Education is not { } education)
        {
            return new Outcome(Truth.Unknown, Outcome.Never, Outcome.Forever);
        }

        var from = Counts(education) ? education.ObtainedOn?.DayNumber ?? int.MinValue : Outcome.Never;
        return Outcome.FromDay(from, facts.AsOf, known);
    }

    public override Truth Decide(in Facts facts)
    {
        if (facts.Profile.Education is not { } education)
        {
            return Truth.Unknown;
        }

        return Counts(education) && (education.ObtainedOn is not { } obtained || obtained.DayNumber <= facts.AsOf) ? Truth.True
            : facts.Knows(CandidateFacts.Education) ? Truth.False : Truth.Unknown;
    }

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        outcome = Evaluate(facts);
        if (facts.Profile.Education is not { } education)
        {
            return Result(facts, outcome, [], _unknown);
        }

        var level = DecisionTexts.Education(education.Level);
        var obtained = education.ObtainedOn is { } on ? DecisionTexts.Date(on) : null;
        var whatZh = $"学历：{level.Chinese}{(education.IsEquivalent ? "（同等学力）" : string.Empty)}{(obtained is null ? string.Empty : $"，{obtained} 取得")}";
        var whatEn = $"education: {level.English}{(education.IsEquivalent ? " (equivalent attainment)" : string.Empty)}{(obtained is null ? string.Empty : $", obtained {obtained}")}";
        LocalizedText? why = null;
        if (education.Level < _condition.Minimum)
        {
            why = BelowMinimum;
        }
        else if (education.IsEquivalent && !_condition.AcceptsEquivalent)
        {
            why = EquivalentNotAccepted;
        }
        else if (education.ObtainedOn is { } date && date.DayNumber > facts.AsOf)
        {
            why = ObtainedLater;
        }

        var evidence = Evidence.Of(education, why is null, DecisionTexts.Described(whatZh, whatEn, why));
        var shortfall = outcome.Truth == Truth.True
            ? null
            : new Shortfall(ShortfallUnit.EducationLevel, (int)_condition.Minimum, (int)education.Level, new LocalizedText($"{whatZh}；需{_wanted.Chinese}", $"{whatEn}; needs {_wanted.English}"));
        return Result(facts, outcome, [evidence], shortfall);
    }

    private bool Counts(EducationRecord education)
        => education.Level >= _condition.Minimum && (!education.IsEquivalent || _condition.AcceptsEquivalent);
}
