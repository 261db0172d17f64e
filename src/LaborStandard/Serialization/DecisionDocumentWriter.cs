using LaborStandard.Eligibility;

namespace LaborStandard.Serialization;

/// <summary>Turns eligibility decisions into transfer objects.</summary>
internal static class DecisionDocumentWriter
{
    public static ReportDto Write(EligibilityReport report) => new()
    {
        CandidateId = report.CandidateId,
        AsOf = CandidateDocumentWriter.Date(report.AsOf),
        HighestEligibleLevel = report.HighestEligibleLevel?.Rank,
        Decisions = [.. report.Decisions.Select(d => Write(d, withCandidate: false))],
    };

    public static DecisionDto Write(EligibilityDecision decision, bool withCandidate = true) => new()
    {
        CandidateId = withCandidate ? decision.CandidateId : null,
        Level = decision.Level.Rank,
        AsOf = CandidateDocumentWriter.Date(decision.AsOf),
        Verdict = NameTables.NameOf(NameTables.Verdicts, decision.Verdict),
        EarliestEligibleOn = CandidateDocumentWriter.Date(decision.EarliestEligibleOn),
        Clause = decision.Clause,
        Summary = StandardDocumentWriter.Text(decision.Summary),
        Holding = [.. decision.HoldingAlternatives.Select(a => (string?)a.Condition.Item)],
        Result = Result(decision.Result),
    };

    private static ResultDto Result(ConditionResult result) => new()
    {
        Type = NameTables.NameOf(NameTables.ConditionKinds, result.Condition.Kind),
        Clause = result.Condition.Clause,
        Item = result.Condition.Item,
        Text = StandardDocumentWriter.Text(result.Condition.Text),
        Truth = NameTables.NameOf(NameTables.Truths, result.Truth),
        HoldsFrom = CandidateDocumentWriter.Date(result.HoldsFrom),
        HoldsUntil = CandidateDocumentWriter.Date(result.HoldsUntil),
        Shortfall = result.Shortfall is { } s
            ? new ShortfallDto
            {
                Unit = NameTables.NameOf(NameTables.ShortfallUnits, s.Unit),
                Required = s.Required,
                Actual = s.Actual,
                Missing = s.Missing,
                Message = StandardDocumentWriter.Text(s.Message),
            }
            : null,
        Evidence = result.Evidence.IsEmpty ? null : [.. result.Evidence.Select(Evidence)],
        Children = result.Children.IsEmpty ? null : [.. result.Children.Select(Result)],
    };

    private static EvidenceDto Evidence(Evidence evidence) => new()
    {
        Kind = NameTables.NameOf(NameTables.EvidenceKinds, evidence.Kind),
        Counts = evidence.Counts,
        Description = StandardDocumentWriter.Text(evidence.Description),
        Run = evidence.Run is { } run
            ? new RunDto
            {
                Start = CandidateDocumentWriter.Date(run.Start),
                End = CandidateDocumentWriter.Date(run.End),
                ContinuesAfter = run.ContinuesAfter,
                Days = run.Length.TotalDays,
                Length = StandardDocumentWriter.Text(run.Length.Text),
                Periods = [.. run.Periods.Select(CandidateDocumentWriter.Work)],
            }
            : null,
        Certificate = evidence.Certificate is { } c ? CandidateDocumentWriter.Certificate(c) : null,
        Training = evidence.Training is { } t ? CandidateDocumentWriter.Training(t) : null,
        Education = evidence.Education is { } e ? CandidateDocumentWriter.Education(e) : null,
        School = evidence.School is { } school ? CandidateDocumentWriter.School(school) : null,
    };
}
