using CsCheck;
using LaborStandard.Eligibility;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Properties;

/// <summary>Properties of the engine that hold for every candidate and date, checked on generated ones.</summary>
public class EligibilityProperties
{
    private static readonly EligibilityEngine Engine = Standards.EmbeddedEngine;
    private static readonly Gen<(CandidateProfile Candidate, DateOnly AsOf)> Cases = Gen.Select(Generators.Candidate, Generators.Date);

    [Fact]
    public void The_verdict_only_path_agrees_with_the_explained_decision()
        => Cases.Sample(c =>
        {
            var all = Engine.CheckAll(c.Candidate, c.AsOf);
            foreach (var level in Engine.Levels)
            {
                var decision = Engine.Evaluate(c.Candidate, level, c.AsOf);
                if (Engine.Check(c.Candidate, level, c.AsOf) != decision.Verdict || all[level] != decision.Verdict)
                {
                    return false;
                }
            }

            return true;
        }, iter: Iterations.Of(2000));

    [Fact]
    public void Evaluation_is_monotone_in_time_while_work_is_ongoing()
        => Gen.Select(Generators.GrowingCandidate, Generators.Date, Gen.Int[1, 2000]).Sample((candidate, asOf, days) =>
        {
            var before = Engine.CheckAll(candidate, asOf);
            var after = Engine.CheckAll(candidate, asOf.AddDays(days));
            return Engine.Levels.All(l => before[l] != Verdict.Eligible || after[l] == Verdict.Eligible);
        }, iter: Iterations.Of(2000), print: t => $"{t.Item1} as of {t.Item2} + {t.Item3} days: {string.Join(" | ", t.Item1.WorkHistory)} {string.Join(" | ", t.Item1.Certificates)} {string.Join(" | ", t.Item1.Trainings)} {string.Join(" | ", t.Item1.Schooling)}");

    [Fact]
    public void Adding_qualifying_work_never_removes_eligibility()
        => Gen.Select(Cases, Gen.Select(Generators.Date, Gen.Int[0, 1500], Gen.Bool)).Sample((c, extra) =>
        {
            var (from, days, ongoing) = extra;
            var more = new CandidateProfile(
                c.Candidate.Education,
                c.Candidate.Schooling,
                c.Candidate.Certificates,
                c.Candidate.Trainings,
                c.Candidate.WorkHistory.Add(new WorkPeriod(Generators.This, from, ongoing ? null : from.AddDays(days))),
                c.Candidate.UnknownFacts,
                c.Candidate.Id);
            var before = Engine.CheckAll(c.Candidate, c.AsOf);
            var after = Engine.CheckAll(more, c.AsOf);
            return Engine.Levels.All(l => before[l] != Verdict.Eligible || after[l] == Verdict.Eligible);
        }, iter: Iterations.Of(2000));

    [Fact]
    public void The_order_of_work_periods_does_not_matter()
        => Gen.Select(Cases, Gen.Int).Sample((c, seed) =>
        {
            var shuffled = c.Candidate.WorkHistory.OrderBy(_ => new Random(seed).Next()).ToArray();
            new Random(seed).Shuffle(shuffled);
            var reordered = new CandidateProfile(c.Candidate.Education, c.Candidate.Schooling, c.Candidate.Certificates, c.Candidate.Trainings, [.. shuffled], c.Candidate.UnknownFacts, c.Candidate.Id);
            foreach (var level in Engine.Levels)
            {
                var a = Engine.Evaluate(c.Candidate, level, c.AsOf);
                var b = Engine.Evaluate(reordered, level, c.AsOf);
                if (a.Verdict != b.Verdict || a.EarliestEligibleOn != b.EarliestEligibleOn)
                {
                    return false;
                }
            }

            return true;
        }, iter: Iterations.Of(1000));

    [Fact]
    public void On_the_projected_earliest_date_the_candidate_is_eligible_and_the_day_before_not()
        => Cases.Sample(c =>
        {
            foreach (var level in Engine.Levels)
            {
                var decision = Engine.Evaluate(c.Candidate, level, c.AsOf);
                if (decision.EarliestEligibleOn is not { } on)
                {
                    continue;
                }

                // Under unknown facts the date is when the known facts alone suffice; they can only help.
                if (Engine.Check(c.Candidate, level, on) != Verdict.Eligible)
                {
                    return false;
                }

                if (on > c.AsOf && Engine.Check(c.Candidate, level, on.AddDays(-1)) == Verdict.Eligible)
                {
                    return false;
                }

                if ((on == c.AsOf) != decision.IsEligible)
                {
                    return false;
                }
            }

            return true;
        }, iter: Iterations.Of(2000));

    [Fact]
    public void A_candidate_with_every_fact_known_is_never_indeterminate()
        => Cases.Where(c => c.Candidate.UnknownFacts == CandidateFacts.None).Sample(
            c => Engine.Levels.All(l => Engine.Check(c.Candidate, l, c.AsOf) != Verdict.Indeterminate),
            iter: Iterations.Of(2000));

    [Fact]
    public void Evaluation_never_changes_the_candidate()
        => Cases.Sample(c =>
        {
            var copy = new CandidateProfile(c.Candidate.Education, c.Candidate.Schooling, c.Candidate.Certificates, c.Candidate.Trainings, c.Candidate.WorkHistory, c.Candidate.UnknownFacts, c.Candidate.Id);
            _ = Engine.EvaluateAll(c.Candidate, c.AsOf);
            return copy.Equals(c.Candidate);
        }, iter: Iterations.Of(500));
}
