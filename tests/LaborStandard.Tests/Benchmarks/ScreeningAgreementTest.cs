using LaborStandard.Testing.Candidates;
using LaborStandard.Testing.Comparison;
using LaborStandard.Eligibility;
using LaborStandard.Model;

namespace LaborStandard.Tests.Benchmarks;

/// <summary>
/// The benchmarks compare like with like: on the same generated candidates (fixed seed, boundary dates included), the
/// engine and the hand-written baseline reach the same verdict for 四级 and 三级 (the RulesEngine workflow is checked in
/// LaborStandard.Benchmarks.Tests, so that these tests need neither RulesEngine nor BenchmarkDotNet).
/// </summary>
public class ScreeningAgreementTest
{
    private static readonly EligibilityEngine Engine = new(Standards.Embedded, Standards.EmbeddedRules, CandidateGenerator.Options);
    private static readonly HandWrittenScreening HandWritten = new(Standards.Embedded, CandidateGenerator.Options);

    // shape, how many; 8,000 candidates in all
    private static readonly (ProfileShape Shape, int Count)[] Mix = [(ProfileShape.Typical, 4000), (ProfileShape.Heavy, 1000), (ProfileShape.Edge, 3000)];

    private static readonly Lazy<ScreeningCase[]> District = new(() =>
    {
        var generator = new CandidateGenerator();
        return [.. Mix.SelectMany(m => generator.Cases(m.Shape, m.Count))];
    });

    [Fact]
    public void The_hand_written_baseline_agrees_with_the_engine_on_every_candidate()
    {
        var disagreements = District.Value
            .Select(c => (Case: c, Engine: TwoLevelVerdicts.From(Engine.CheckAll(c.Candidate, c.AsOf)), HandWritten: HandWritten.Check(c.Candidate, c.AsOf)))
            .Where(r => r.Engine != r.HandWritten)
            .Select(r => Describe(r.Case, r.Engine, r.HandWritten))
            .ToList();

        disagreements.Should().BeEmpty();
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(30, false)]
    [InlineData(30, true)]
    [InlineData(366, false)]
    public void The_baseline_agrees_with_the_engine_when_gaps_are_bridged(int gap, bool counted)
    {
        var options = new EligibilityOptions(CandidateGenerator.Options.RelatedOccupations, gap, counted);
        var engine = new EligibilityEngine(Standards.Embedded, Standards.EmbeddedRules, options);
        var handWritten = new HandWrittenScreening(Standards.Embedded, options);

        var disagreements = District.Value
            .Select(c => (Case: c, Engine: TwoLevelVerdicts.From(engine.CheckAll(c.Candidate, c.AsOf)), HandWritten: handWritten.Check(c.Candidate, c.AsOf)))
            .Where(r => r.Engine != r.HandWritten)
            .Select(r => Describe(r.Case, r.Engine, r.HandWritten))
            .ToList();
        var explained = District.Value.Take(2000)
            .Where(c => engine.Evaluate(c.Candidate, SkillLevel.Level4, c.AsOf).Verdict != engine.Check(c.Candidate, SkillLevel.Level4, c.AsOf)
                        || engine.Evaluate(c.Candidate, SkillLevel.Level3, c.AsOf).Verdict != engine.Check(c.Candidate, SkillLevel.Level3, c.AsOf))
            .Select(c => c.Candidate.ToString())
            .ToList();

        disagreements.Should().BeEmpty();
        explained.Should().BeEmpty();
    }

    [Fact]
    public void The_explained_decision_agrees_with_the_verdict_only_path()
    {
        foreach (var c in District.Value.Take(2000))
        {
            var verdicts = Engine.CheckAll(c.Candidate, c.AsOf);
            Engine.Evaluate(c.Candidate, SkillLevel.Level4, c.AsOf).Verdict.Should().Be(verdicts[SkillLevel.Level4], c.Candidate.ToString());
            Engine.Evaluate(c.Candidate, SkillLevel.Level3, c.AsOf).Verdict.Should().Be(verdicts[SkillLevel.Level3], c.Candidate.ToString());
        }
    }

    [Fact]
    public void Screening_gives_the_answers_of_the_explained_decision_on_every_candidate()
    {
        var disagreements = new List<string>();
        foreach (var c in District.Value)
        {
            var screening = Engine.Screen(c.Candidate, c.AsOf);
            foreach (var decision in Engine.EvaluateAll(c.Candidate, c.AsOf).Decisions)
            {
                var answer = screening.For(decision.Level);
                var same = answer.Verdict == decision.Verdict
                    && answer.HoldingConditions.SequenceEqual(decision.HoldingConditions)
                    && answer.EligibleSince == decision.EligibleSince
                    && answer.ProjectedOn == (decision.IsEligible ? null : decision.ProjectedOn)
                    && answer.UnknownFacts == decision.UnknownFacts
                    && (answer.Missing is null) == decision.IsEligible;
                if (!same)
                {
                    disagreements.Add($"{c.Candidate} {decision.Level} as of {c.AsOf:yyyy-MM-dd}: screened {answer}, explained {decision.Verdict} by [{string.Join(",", decision.HoldingConditions)}] since {decision.EligibleSince} projected {decision.ProjectedOn} unknown {decision.UnknownFacts}; screened since {answer.EligibleSince} projected {answer.ProjectedOn} unknown {answer.UnknownFacts}");
                }
            }
        }

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void Screening_names_the_nearest_alternative_and_what_it_lacks_in_both_languages()
    {
        var notEligible = District.Value
            .Select(c => Engine.Screen(c.Candidate, c.AsOf).For(SkillLevel.Level3))
            .Where(a => a.Verdict == Verdict.NotEligible)
            .Take(200)
            .ToList();

        notEligible.Should().NotBeEmpty();
        notEligible.Should().OnlyContain(a => a.NearestCondition >= 1 && a.NearestCondition <= 4);
        notEligible.Should().OnlyContain(a => a.Missing != null && a.Missing.Chinese.Length > 0 && a.Missing.English.Length > 0);
    }

    [Theory]
    [InlineData(ProfileShape.Typical)]
    [InlineData(ProfileShape.Heavy)]
    [InlineData(ProfileShape.Edge)]
    public void Every_verdict_occurs_for_both_levels_so_that_agreement_means_something(ProfileShape shape)
    {
        var cases = District.Value.Where(c => c.Candidate.Id!.StartsWith(shape.ToString(), StringComparison.Ordinal)).ToList();
        var verdicts = cases.Select(c => Engine.CheckAll(c.Candidate, c.AsOf)).ToList();

        verdicts.Select(v => v[SkillLevel.Level4]).Distinct().Order().Should().Equal(Verdict.NotEligible, Verdict.Indeterminate, Verdict.Eligible);
        verdicts.Select(v => v[SkillLevel.Level3]).Distinct().Order().Should().Equal(Verdict.NotEligible, Verdict.Indeterminate, Verdict.Eligible);
    }

    [Fact]
    public void Every_alternative_of_both_levels_holds_for_some_candidate()
    {
        var holding = District.Value
            .SelectMany(c => new[] { SkillLevel.Level4, SkillLevel.Level3 }.SelectMany(level => Engine.Evaluate(c.Candidate, level, c.AsOf).HoldingAlternatives))
            .Select(a => a.Condition.Item)
            .ToHashSet(StringComparer.Ordinal);

        holding.Should().BeEquivalentTo("四级（1）", "四级（2）", "四级（3）", "四级（4）", "三级（1）", "三级（2）", "三级（3）", "三级（4）");
    }

    [Theory]
    [InlineData(4, -1)]
    [InlineData(4, 1)]
    [InlineData(3, -1)]
    [InlineData(3, 1)]
    public void Edge_candidates_sit_on_boundaries_where_a_day_changes_the_verdict(int rank, int days)
    {
        var level = SkillLevel.FromRank(rank);
        var edges = District.Value.Where(c => c.Candidate.Id!.StartsWith(nameof(ProfileShape.Edge), StringComparison.Ordinal));

        var flipping = edges.Count(c => Engine.Check(c.Candidate, level, c.AsOf) != Engine.Check(c.Candidate, level, c.AsOf.AddDays(days)));

        flipping.Should().BeGreaterThan(20, $"moving the as-of date by {days} day(s) crosses a boundary of {level} for some edge candidates");
    }

    [Fact]
    public void The_generator_makes_the_same_district_from_the_same_seed_and_another_from_another()
    {
        var first = new CandidateGenerator(7).Cases(ProfileShape.Typical, 50);
        var again = new CandidateGenerator(7).Cases(ProfileShape.Typical, 50);
        var other = new CandidateGenerator(8).Cases(ProfileShape.Typical, 50);

        again.Should().Equal(first);
        other.Should().NotEqual(first);
    }

    [Fact]
    public void Heavy_candidates_have_twenty_periods_of_work_and_several_certificates()
    {
        var heavy = new CandidateGenerator().Cases(ProfileShape.Heavy, 100);

        heavy.Should().OnlyContain(c => c.Candidate.WorkHistory.Length == 20 && c.Candidate.Certificates.Length >= 3);
    }

    [Fact]
    public void Typical_candidates_have_one_to_three_periods_at_most_one_certificate_and_training_and_mostly_known_education()
    {
        var typical = new CandidateGenerator().Cases(ProfileShape.Typical, 1000);

        typical.Should().OnlyContain(c => c.Candidate.WorkHistory.Length >= 1 && c.Candidate.WorkHistory.Length <= 3);
        typical.Should().OnlyContain(c => c.Candidate.Certificates.Length <= 1 && c.Candidate.Trainings.Length <= 1);
        typical.Count(c => c.Candidate.Education is not null).Should().BeGreaterThan(900);
        typical.Select(c => c.AsOf).Distinct().Count().Should().BeGreaterThan(500, "as-of dates vary");
    }

    private static string Describe(ScreeningCase c, TwoLevelVerdicts expected, TwoLevelVerdicts actual)
        => $"{c.Candidate} as of {c.AsOf:yyyy-MM-dd}: engine {expected}, other {actual}; work [{string.Join("; ", c.Candidate.WorkHistory)}], certificates [{string.Join("; ", c.Candidate.Certificates)}], trainings [{string.Join("; ", c.Candidate.Trainings)}], schooling [{string.Join("; ", c.Candidate.Schooling)}]";
}
