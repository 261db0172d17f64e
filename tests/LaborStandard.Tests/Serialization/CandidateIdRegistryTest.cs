using System.Globalization;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Serialization;

/// <summary>The repeated-id check of a batch: a new id is new, a repeated one names the line it was first seen on, at any size and on any line.</summary>
public class CandidateIdRegistryTest
{
    [Fact]
    public void A_repeated_id_names_the_line_it_was_first_seen_on_and_a_new_one_its_own()
    {
        using var ids = new CandidateIdRegistry();

        ids.TryAdd("2024-000001", 2, out var first).Should().BeTrue();
        first.Should().Be(2);
        ids.TryAdd("2024-000002", 3, out first).Should().BeTrue();
        first.Should().Be(3);
        ids.TryAdd("2024-000001", 9, out first).Should().BeFalse();
        first.Should().Be(2, "the first occurrence is kept, not the repeat");
        ids.TryAdd("2024-000001", 12, out first).Should().BeFalse();
        first.Should().Be(2);
    }

    [Fact]
    public void Ids_differing_in_one_character_or_in_case_are_different()
    {
        using var ids = new CandidateIdRegistry();

        ids.TryAdd("A1", 1, out _).Should().BeTrue();
        ids.TryAdd("a1", 2, out _).Should().BeTrue();
        ids.TryAdd("A2", 3, out _).Should().BeTrue();
        ids.TryAdd("A1 ", 4, out _).Should().BeTrue();
        ids.TryAdd(string.Empty, 5, out _).Should().BeTrue();
        ids.TryAdd(string.Empty, 6, out var first).Should().BeFalse();
        first.Should().Be(5);
    }

    [Fact]
    public void Every_line_survives_the_tables_growing_among_half_a_million_ids()
    {
        // Half a million ids pass through every table size of every shard up to about 3,000 slots; each is then found
        // again with its own line, and none is taken for another.
        const int count = 500_000;
        using var ids = new CandidateIdRegistry();
        for (var i = 0; i < count; i++)
        {
            ids.TryAdd(Id(i), i + 2L, out _).Should().BeTrue();
        }

        for (var i = 0; i < count; i++)
        {
            if (ids.TryAdd(Id(i), count + 10L, out var first) || first != i + 2L)
            {
                Assert.Fail($"{Id(i)} was first seen on line {i + 2}, the registry says {first}.");
            }
        }
    }

    [Theory]
    [InlineData(16_777_214L)]
    [InlineData(16_777_215L)]
    [InlineData(16_777_216L)]
    [InlineData(4_294_967_295L)]
    [InlineData(4_294_967_296L)]
    [InlineData(long.MaxValue)]
    public void Lines_past_what_a_slot_holds_are_kept_exactly(long line)
    {
        using var ids = new CandidateIdRegistry();
        ids.TryAdd("near", 1, out _).Should().BeTrue();
        ids.TryAdd("far", line, out _).Should().BeTrue();

        ids.TryAdd("far", long.MaxValue, out var first).Should().BeFalse();
        first.Should().Be(line);
        ids.TryAdd("near", long.MaxValue, out first).Should().BeFalse();
        first.Should().Be(1);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void A_line_before_the_first_is_refused_by_name(long line)
    {
        using var ids = new CandidateIdRegistry();

        var add = () => ids.TryAdd("x", line, out _);

        add.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("line");
    }

    [Fact]
    public void A_disposed_registry_refuses_to_record_and_may_be_disposed_again()
    {
        var ids = new CandidateIdRegistry();
        ids.TryAdd("x", 1, out _);
        ids.Dispose();

        var add = () => ids.TryAdd("x", 2, out _);

        add.Should().Throw<ObjectDisposedException>();
        ids.Invoking(i => i.Dispose()).Should().NotThrow();
    }

    private static string Id(int i) => "2024-" + i.ToString("D6", CultureInfo.InvariantCulture);
}
