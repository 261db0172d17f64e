using CsCheck;
using LaborStandard.Eligibility;
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
    public void Decisions_written_while_many_threads_fill_the_shared_text_cache_are_the_same_bytes()
    {
        // The decision writer encodes each condition's texts once and shares them between threads. Rules read afresh
        // have conditions the cache has never seen, so the threads below race to fill it on their first writes.
        var rules = RuleDocument.Parse(Standards.ReadEmbeddedRulesJson(), Standards.Embedded);
        var engine = new EligibilityEngine(Standards.Embedded, rules);
        var reports = Generators.Candidate.Array[400].Single().Select(c => engine.EvaluateAll(c, AsOf)).ToArray();

        var parallel = new string[reports.Length];
        using (var start = new ManualResetEventSlim())
        {
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                start.Wait();
                for (var i = t; i < reports.Length; i += 8)
                {
                    parallel[i] = DecisionDocument.ToJson(reports[i], indented: false);
                }
            })).ToArray();
            Array.ForEach(threads, t => t.Start());
            start.Set();
            Array.ForEach(threads, t => t.Join());
        }

        var serial = reports.Select(r => DecisionDocument.ToJson(r, indented: false)).ToArray();
        parallel.Should().Equal(serial);
        var roots = rules.Levels.Select(l => l.Condition.Text.Chinese).ToArray();
        serial.Should().OnlyContain(json => roots.All(text => json.Contains(text, StringComparison.Ordinal)), "every report quotes both levels' rule texts from the cache");
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
