using System.Collections.Immutable;
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
        HoldingConditions = [.. decision.HoldingConditions],
        EligibleSince = CandidateDocumentWriter.Date(decision.EligibleSince),
        ProjectedOn = CandidateDocumentWriter.Date(decision.ProjectedOn),
        UnknownFacts = Facts(decision.UnknownFacts),
        Clause = decision.Clause,
        Summary = StandardDocumentWriter.Text(decision.Summary),
        Result = Result(decision.Result, Number(decision.Result, decision.Alternatives), decision.Alternatives),
    };

    /// <summary>The names of groups of facts, as the candidate document names them; null for none.</summary>
    public static List<string?>? Facts(CandidateFacts facts)
        => facts == CandidateFacts.None ? null : [.. NameTables.CandidateFacts.Where(f => (facts & f.Value) != 0).Select(f => (string?)f.Name)];

    private static ResultDto Result(ConditionResult result, int? number, ImmutableArray<ConditionResult> alternatives) => new()
    {
        // The alternatives of the level carry their number; every result below them belongs to theirs.
        Condition = number,
        Type = NameTables.NameOf(NameTables.ConditionKinds, result.Condition.Kind),
        Clause = result.Condition.Clause,
        Item = result.Condition.Item,
        Text = StandardDocumentWriter.Text(result.Condition.Text),
        Truth = NameTables.NameOf(NameTables.Truths, result.Truth),
        HoldsSince = CandidateDocumentWriter.Date(result.HoldsSince),
        ProjectedOn = CandidateDocumentWriter.Date(result.ProjectedOn),
        HoldsUntil = CandidateDocumentWriter.Date(result.HoldsUntil),
        UnknownFacts = Facts(result.UnknownFacts),
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
        Children = result.Children.IsEmpty ? null : [.. result.Children.Select(child => Result(child, Number(child, alternatives), []))],
    };

    private static int? Number(ConditionResult child, ImmutableArray<ConditionResult> alternatives)
    {
        var index = alternatives.IndexOf(child);
        return index < 0 ? null : index + 1;
    }

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
