using LaborStandard.Cli.Input;

namespace LaborStandard.Cli.Tests.Input;

/// <summary>Reading ahead on a thread of its own changes nothing a batch sees: order, failures, early stops.</summary>
public class ReadAheadTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ReadAhead.ChunkSize)]
    [InlineData((ReadAhead.ChunkSize * ReadAhead.Chunks * 3) + 7)]
    public void Items_come_out_in_the_order_they_were_read(int count)
    {
        ReadAhead.Of(Enumerable.Range(0, count)).Should().Equal(Enumerable.Range(0, count));
    }

    [Fact]
    public void A_failure_of_the_source_comes_after_every_item_before_it_and_is_the_same_exception()
    {
        var seen = new List<int>();
        var failure = new InvalidDataException("row 1000 is not a row");

        var reading = () =>
        {
            foreach (var item in ReadAhead.Of(Failing(1000, failure)))
            {
                seen.Add(item);
            }
        };

        reading.Should().Throw<InvalidDataException>().Which.Should().BeSameAs(failure);
        seen.Should().Equal(Enumerable.Range(0, 1000));
    }

    [Fact]
    public void A_consumer_that_stops_early_is_not_held_by_a_reader_that_waits_for_input()
    {
        using var never = new ManualResetEventSlim();

        // The source yields items and then blocks, as a pipe with no more data does; the consumer takes what it wants
        // and leaves without waiting for the reader.
        var first = ReadAhead.Of(Blocking(5000, never)).Take(1000).ToList();

        first.Should().Equal(Enumerable.Range(0, 1000));
    }

    private static IEnumerable<int> Failing(int before, Exception failure)
    {
        for (var i = 0; i < before; i++)
        {
            yield return i;
        }

        throw failure;
    }

    private static IEnumerable<int> Blocking(int count, ManualResetEventSlim gate)
    {
        for (var i = 0; i < count; i++)
        {
            yield return i;
        }

        gate.Wait();
    }
}
