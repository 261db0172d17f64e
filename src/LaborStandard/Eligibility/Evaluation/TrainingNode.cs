using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Holds once a preparatory training of this occupation for the level reached the hours and has its completion certificate.</summary>
internal sealed class TrainingNode(PreparatoryTrainingCondition condition, int requiredHours) : Node(condition)
{
    private readonly SkillLevel _level = condition.Level;
    private readonly decimal _requiredHours = requiredHours;

    public override Outcome Evaluate(in Facts facts)
    {
        var earliest = Outcome.Never;
        foreach (var training in facts.Profile.Trainings)
        {
            if (Counts(training, facts.Settings) && training.CompletionCertificateOn!.Value.DayNumber < earliest)
            {
                earliest = training.CompletionCertificateOn.Value.DayNumber;
            }
        }

        return Outcome.FromDay(earliest, facts.AsOf, facts.Knows(CandidateFacts.Trainings));
    }

    public override ConditionResult Explain(in Facts facts)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        var bestHours = 0m;
        foreach (var training in facts.Profile.Trainings)
        {
            var what = new LocalizedText(
                $"{training.OccupationCode} {training.Level.ChineseName}预备培训 {Shortfall.Number(training.HoursCompleted)} 学时，{(training.CompletionCertificateOn is { } on ? $"结业证书 {Texts.Date(on)}" : "无结业证书")}",
                $"{training.OccupationCode} {training.Level.Name.English} preparatory training, {Shortfall.Number(training.HoursCompleted)} hours, {(training.CompletionCertificateOn is { } d ? $"certificate of completion {Texts.Date(d)}" : "no certificate of completion")}");
            var why = Reason(training, facts);
            evidence.Add(Evidence.Of(training, why is null, why is null ? what : Texts.Join(what, "：", ": ", why)));
            if (string.Equals(training.OccupationCode, facts.Settings.OwnOccupation, StringComparison.Ordinal) && training.Level == _level)
            {
                bestHours = Math.Max(bestHours, training.HoursCompleted);
            }
        }

        var shortfall = new Shortfall(
            ShortfallUnit.Hours,
            requiredHours,
            bestHours,
            new LocalizedText(
                $"本职业{_level.ChineseName}预备培训：{Shortfall.Number(bestHours)} 学时，需 {requiredHours} 标准学时并取得结业证书",
                $"{_level.Name.English} preparatory training of this occupation: {Shortfall.Number(bestHours)} of {requiredHours} standard hours, with a certificate of completion"));
        return Result(facts, Evaluate(facts), evidence.ToImmutable(), shortfall);
    }

    // The cheap tests first: a level and a date, then the hours (a decimal) and the occupation (a string).
    private bool Counts(TrainingRecord training, EngineSettings settings)
        => training.Level == _level
           && training.CompletionCertificateOn is not null
           && training.HoursCompleted >= _requiredHours
           && string.Equals(training.OccupationCode, settings.OwnOccupation, StringComparison.Ordinal);

    private LocalizedText? Reason(TrainingRecord training, in Facts facts)
    {
        if (!string.Equals(training.OccupationCode, facts.Settings.OwnOccupation, StringComparison.Ordinal))
        {
            return new LocalizedText("不是本职业的培训，不计", "not of this occupation, does not count");
        }

        if (training.Level != _level)
        {
            return new LocalizedText($"不是{_level.ChineseName}的预备培训，不计", $"not for {_level.Name.English}, does not count");
        }

        if (training.HoursCompleted < requiredHours)
        {
            return new LocalizedText($"未达 {requiredHours} 标准学时（1.8），不计", $"short of the {requiredHours} standard hours (1.8), does not count");
        }

        if (training.CompletionCertificateOn is not { } on)
        {
            return new LocalizedText("未取得结业证书，不计", "no certificate of completion, does not count");
        }

        return on.DayNumber > facts.AsOf
            ? new LocalizedText("结业证书日期晚于评估日期，届时方计", "certificate of completion dated after the as-of date, counts from its date")
            : null;
    }
}
