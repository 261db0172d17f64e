using CsCheck;
using LaborStandard.Assessment;
using LaborStandard.Model;
using LaborStandard.Tests.Support;

namespace LaborStandard.Tests.Properties;

/// <summary>Blueprints always allocate exactly N, each row within one of its exact share, and break down to items that sum to their row.</summary>
public class BlueprintProperties
{
    private static readonly BlueprintBuilder Builder = new(Standards.Embedded);

    [Fact]
    public void Counts_sum_to_N_and_each_is_within_one_of_its_exact_share()
        => Gen.Select(Gen.Enum<AssessmentKind>(), Gen.Int[3, 4], Gen.Int[0, 5000]).Sample((kind, rank, count) =>
        {
            var blueprint = Builder.Build(kind, SkillLevel.FromRank(rank), count);
            return blueprint.Rows.Sum(r => r.Count) == count
                   && blueprint.Rows.All(r => Math.Abs(r.Deviation) < 1m)
                   && blueprint.Rows.All(r => r.Parts.Sum(p => p.Items.Sum(i => i.Count)) == r.Count)
                   && blueprint.Items.Sum(i => i.Count) == count;
        }, iter: Iterations.Of(2000));
}
