using System.Runtime.InteropServices;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Holds once a preparatory training of this occupation for the level reached the hours and has its completion certificate.</summary>
internal sealed class TrainingNode : Node
{
    private readonly SkillLevel _level;
    private readonly int _requiredHours;
    private readonly decimal _requiredHoursDecimal;

    // Why a training does not count: the same words for every candidate, made once.
    private static readonly LocalizedText OtherOccupation = new("不是本职业的培训，不计", "not of this occupation, does not count");
    private readonly LocalizedText _otherLevel;
    private readonly LocalizedText _shortOfHours;
    private static readonly LocalizedText NoCertificate = new("未取得结业证书，不计", "no certificate of completion, does not count");
    private static readonly LocalizedText CertificateLater = new("结业证书日期晚于评估日期，届时方计", "certificate of completion dated after the as-of date, counts from its date");

    /// <inheritdoc />
    protected override CandidateFacts Reads => CandidateFacts.Trainings;

    public TrainingNode(PreparatoryTrainingCondition condition, int requiredHours)
        : base(condition)
    {
        _level = condition.Level;
        _requiredHours = requiredHours;
        _requiredHoursDecimal = requiredHours;
        _otherLevel = new LocalizedText($"不是{_level.ChineseName}的预备培训，不计", $"not for {_level.Name.English}, does not count");
        _shortOfHours = new LocalizedText($"未达 {requiredHours} 标准学时（1.8），不计", $"short of the {requiredHours} standard hours (1.8), does not count");
    }

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

    public override Truth Decide(in Facts facts)
    {
        foreach (var training in facts.Profile.Trainings)
        {
            if (Counts(training, facts.Settings) && training.CompletionCertificateOn!.Value.DayNumber <= facts.AsOf)
            {
                return Truth.True;
            }
        }

        return facts.Knows(CandidateFacts.Trainings) ? Truth.False : Truth.Unknown;
    }

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        outcome = Evaluate(facts);
        var trainings = facts.Profile.Trainings;
        var evidence = new Evidence[trainings.Length];
        var bestHours = 0m;
        for (var i = 0; i < evidence.Length; i++)
        {
            var training = trainings[i];
            var hours = Shortfall.Number(training.HoursCompleted);
            var certificate = training.CompletionCertificateOn is { } on ? DecisionTexts.Date(on) : null;
            var why = Reason(training, facts);
            var description = DecisionTexts.Described(
                $"{training.OccupationCode} {training.Level.ChineseName}预备培训 {hours} 学时，{(certificate is null ? "无结业证书" : $"结业证书 {certificate}")}",
                $"{training.OccupationCode} {training.Level.Name.English} preparatory training, {hours} hours, {(certificate is null ? "no certificate of completion" : $"certificate of completion {certificate}")}",
                why);
            evidence[i] = Evidence.Of(training, why is null, description);
            if (string.Equals(training.OccupationCode, facts.Settings.OwnOccupation, StringComparison.Ordinal) && training.Level == _level)
            {
                bestHours = Math.Max(bestHours, training.HoursCompleted);
            }
        }

        return Result(facts, outcome, ImmutableCollectionsMarshal.AsImmutableArray(evidence), outcome.Truth == Truth.True ? null : Missing(bestHours));
    }

    private Shortfall Missing(decimal bestHours)
    {
        var best = Shortfall.Number(bestHours);
        return new Shortfall(
            ShortfallUnit.Hours,
            _requiredHours,
            bestHours,
            new LocalizedText(
                $"本职业{_level.ChineseName}预备培训：{best} 学时，需 {_requiredHours} 标准学时并取得结业证书",
                $"{_level.Name.English} preparatory training of this occupation: {best} of {_requiredHours} standard hours, with a certificate of completion"));
    }

    // The cheap tests first: a level and a date, then the hours (a decimal) and the occupation (a string).
    private bool Counts(TrainingRecord training, EngineSettings settings)
        => training.Level == _level
           && training.CompletionCertificateOn is not null
           && training.HoursCompleted >= _requiredHoursDecimal
           && string.Equals(training.OccupationCode, settings.OwnOccupation, StringComparison.Ordinal);

    private LocalizedText? Reason(TrainingRecord training, in Facts facts)
    {
        if (!string.Equals(training.OccupationCode, facts.Settings.OwnOccupation, StringComparison.Ordinal))
        {
            return OtherOccupation;
        }

        if (training.Level != _level)
        {
            return _otherLevel;
        }

        if (training.HoursCompleted < _requiredHoursDecimal)
        {
            return _shortOfHours;
        }

        if (training.CompletionCertificateOn is not { } on)
        {
            return NoCertificate;
        }

        return on.DayNumber > facts.AsOf ? CertificateLater : null;
    }
}
