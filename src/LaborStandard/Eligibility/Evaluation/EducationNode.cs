using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Holds when the highest education reaches the minimum (and, if by equivalent attainment, that is accepted).</summary>
internal sealed class EducationNode(EducationCondition condition) : Node(condition)
{
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

    public override ConditionResult Explain(in Facts facts)
    {
        var wanted = new LocalizedText(
            $"{Texts.Education(condition.Minimum).Chinese}及以上学历{(condition.AcceptsEquivalent ? "（含同等学力）" : "（不含同等学力）")}",
            $"{Texts.Education(condition.Minimum).English} or higher{(condition.AcceptsEquivalent ? " (equivalent attainment included)" : " (equivalent attainment not accepted)")}");
        if (facts.Profile.Education is not { } education)
        {
            var unknown = new Shortfall(ShortfallUnit.EducationLevel, (int)condition.Minimum, 0, new LocalizedText($"学历未知，需{wanted.Chinese}", $"education unknown; needs {wanted.English}"));
            return Result(facts, Evaluate(facts), [], unknown);
        }

        var what = new LocalizedText(
            $"学历：{Texts.Education(education.Level).Chinese}{(education.IsEquivalent ? "（同等学力）" : string.Empty)}{(education.ObtainedOn is { } on ? $"，{Texts.Date(on)} 取得" : string.Empty)}",
            $"education: {Texts.Education(education.Level).English}{(education.IsEquivalent ? " (equivalent attainment)" : string.Empty)}{(education.ObtainedOn is { } d ? $", obtained {Texts.Date(d)}" : string.Empty)}");
        LocalizedText? why = null;
        if (education.Level < condition.Minimum)
        {
            why = new LocalizedText("低于要求，不计", "below the minimum, does not count");
        }
        else if (education.IsEquivalent && !condition.AcceptsEquivalent)
        {
            why = new LocalizedText("同等学力不计", "equivalent attainment does not count here");
        }
        else if (education.ObtainedOn is { } obtained && obtained.DayNumber > facts.AsOf)
        {
            why = new LocalizedText("取得日期晚于评估日期，届时方计", "obtained after the as-of date, counts from that date");
        }

        var evidence = Evidence.Of(education, why is null, why is null ? what : Texts.Join(what, "：", ": ", why));
        var shortfall = new Shortfall(ShortfallUnit.EducationLevel, (int)condition.Minimum, (int)education.Level, new LocalizedText($"{what.Chinese}；需{wanted.Chinese}", $"{what.English}; needs {wanted.English}"));
        return Result(facts, Evaluate(facts), [evidence], shortfall);
    }

    private bool Counts(EducationRecord education)
        => education.Level >= condition.Minimum && (!education.IsEquivalent || condition.AcceptsEquivalent);
}
