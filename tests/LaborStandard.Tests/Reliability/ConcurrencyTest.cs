using CsCheck;
using LaborStandard.Eligibility;
using LaborStandard.Model;
using LaborStandard.Serialization;
using LaborStandard.Tests.Properties;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Reliability;

/// <summary>One engine and one standard used from many threads at once give the results of a single-threaded run.</summary>
public class ConcurrencyTest
{
    private static readonly DateOnly AsOf = new(2026, 11, 29);

    [Fact]
    public void Many_threads_sharing_one_engine_decide_as_one_thread_does()
    {
        var candidates = Generators.Candidate.Array[2000].Single();
        var engine = Standards.EmbeddedEngine;
        var expected = candidates.Select(c => DecisionDocument.ToJson(engine.EvaluateAll(c, AsOf))).ToArray();
        var expectedVerdicts = candidates.Select(c => engine.CheckAll(c, AsOf)).ToArray();

        var actual = new string[candidates.Length];
        var actualVerdicts = new LevelVerdicts[candidates.Length];
        Parallel.For(0, candidates.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            actualVerdicts[i] = engine.CheckAll(candidates[i], AsOf);
            actual[i] = DecisionDocument.ToJson(engine.EvaluateAll(candidates[i], AsOf));
        });

        actual.Should().Equal(expected);
        actualVerdicts.Should().Equal(expectedVerdicts);
    }

    [Fact]
    public void Many_threads_reading_the_shared_standard_see_the_same_answers()
    {
        var standard = Standards.Embedded;
        var codes = standard.WorkRequirements.Levels.SelectMany(l => l.Skills.Concat(l.Knowledge)).Select(r => (r.Level, r.PrintedCode)).ToArray();
        var expected = codes.Select(c => standard.WorkRequirements.FindByCode(c.Level, c.PrintedCode).Length).ToArray();
        var expectedSearch = standard.WorkRequirements.Search("服务", SkillLevel.Level4);

        var actual = new int[codes.Length * 20];
        var searches = new bool[actual.Length];
        Parallel.For(0, actual.Length, i =>
        {
            actual[i] = standard.WorkRequirements.FindByCode(codes[i % codes.Length].Level, codes[i % codes.Length].PrintedCode).Length;
            searches[i] = standard.WorkRequirements.Search("服务", SkillLevel.Level4).SequenceEqual(expectedSearch);
        });

        actual.Should().Equal(Enumerable.Range(0, actual.Length).Select(i => expected[i % codes.Length]));
        searches.Should().OnlyContain(same => same);
    }

    [Fact]
    public void Parallel_parsing_gives_equal_standards()
    {
        var json = Standards.ReadEmbeddedJson();

        var parsed = new OccupationalStandard[16];
        Parallel.For(0, parsed.Length, i => parsed[i] = StandardDocument.Parse(json));

        parsed.Should().OnlyContain(s => s.Equals(Standards.Embedded));
    }

    [Fact]
    public void CsCheck_finds_no_interleaving_that_changes_a_decision()
        => Gen.Select(Generators.Candidate, Generators.Date).Array[8].Sample(cases =>
        {
            var engine = Standards.EmbeddedEngine;
            var serial = cases.Select(c => engine.CheckAll(c.Item1, c.Item2)).ToArray();
            var parallel = new LevelVerdicts[cases.Length];
            Parallel.For(0, cases.Length, i => parallel[i] = engine.CheckAll(cases[i].Item1, cases[i].Item2));
            return serial.SequenceEqual(parallel);
        }, iter: Iterations.Of(200));
}
