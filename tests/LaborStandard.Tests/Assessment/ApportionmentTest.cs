using LaborStandard.Assessment;

namespace LaborStandard.Tests.Assessment;

/// <summary>
/// The apportionment arithmetic behind blueprints and plans, at inputs the shipped standard never produces: many equal
/// weights, weights that are all zero, more to place than the places hold.
/// </summary>
public class ApportionmentTest
{
    [Fact]
    public void Ties_go_to_the_earlier_entry_however_many_entries_tie()
    {
        // Twenty equal weights: a sort that is not told the tie-break reorders an array this long.
        var shares = Apportionment.LargestRemainder(7, [.. Enumerable.Repeat(1, 20)]);

        shares.Should().Equal([.. Enumerable.Repeat(1, 7), .. Enumerable.Repeat(0, 13)]);
    }

    [Fact]
    public void Ties_among_many_unequal_weights_still_go_to_the_earlier_entry()
    {
        // 30 weights of 3 and 30 of 1 share 10: the first ten weights of 3 each get one.
        int[] weights = [.. Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? 3 : 1)];

        var shares = Apportionment.LargestRemainder(10, weights);

        shares.Sum().Should().Be(10);
        shares.Select((s, i) => (s, i)).Where(p => p.s == 1).Select(p => p.i).Should().Equal(0, 2, 4, 6, 8, 10, 12, 14, 16, 18);
    }

    [Fact]
    public void Weights_that_are_all_zero_give_every_entry_zero()
    {
        Apportionment.LargestRemainder(5, [0, 0, 0]).Should().Equal(0, 0, 0);
        Apportionment.LargestRemainder(5, []).Should().BeEmpty();
        Apportionment.LargestRemainder(0, [2, 1]).Should().Equal(0, 0);
    }

    [Fact]
    public void Filling_stops_when_every_place_is_full()
    {
        Apportionment.FillEvenly(10, [2, 3]).Should().Equal(2, 3);
        Apportionment.FillEvenly(4, [0, 0]).Should().Equal(0, 0);
    }

    [Theory]
    [InlineData(10, new[] { 3, 10, 10 }, new[] { 3, 4, 3 })]
    [InlineData(7, new[] { 5, 5, 5 }, new[] { 3, 2, 2 })]
    [InlineData(2, new[] { 5, 5, 5 }, new[] { 1, 1, 0 })]
    [InlineData(12, new[] { 1, 20, 4 }, new[] { 1, 7, 4 })]
    public void Filling_is_even_up_to_each_limit_with_the_odd_units_to_earlier_places(int total, int[] limits, int[] expected)
    {
        Apportionment.FillEvenly(total, limits).Should().Equal(expected);
    }
}
