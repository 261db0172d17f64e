using System.Text.Json.Nodes;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Eligibility;

/// <summary>
/// The whole decision a candidate is shown, word for word: for each sample candidate of the README (one per
/// alternative of 1.9.1, one that may not apply, one with facts unknown) and for the cases in <c>Eligibility/Cases</c>
/// (records that do not count, each for its own reason; students; unknown facts), both levels on two dates, every step with its
/// clause, evidence, shortfall, projection and message in Chinese and English.
/// </summary>
/// <remarks>
/// The expected decisions are in <c>Eligibility/Decisions</c>, one file per sample, read by people: a change of wording
/// or of any figure shows as a diff in review. After an intended change, write them again with
/// <c>LABORSTANDARD_WRITE_DECISIONS=1 dotnet test</c> and review the diff before committing.
/// </remarks>
public class DecisionTextTest
{
    /// <summary>Two dates: one before most samples qualify (shortfalls and projections), one after (evidence).</summary>
    private static readonly DateOnly[] Dates = [new(2020, 1, 1), new(2026, 11, 29)];

    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Samples");

    public static TheoryData<string> SampleNames
        => [.. Directory.GetFiles(Samples, "*.json").Select(f => Path.GetFileName(f)[..^".json".Length]).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_sample_candidate_is_told_exactly_what_the_reviewed_decision_says(string sample)
    {
        var candidate = CandidateDocument.Parse(File.ReadAllText(Path.Combine(Samples, sample + ".json")));
        var decisions = new JsonObject();
        foreach (var date in Dates)
        {
            decisions[date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)] =
                JsonNode.Parse(DecisionDocument.ToJson(Standards.EmbeddedEngine.EvaluateAll(candidate, date)));
        }

        Expect(sample + ".decision.json", decisions.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_sample_candidate_reads_exactly_the_reviewed_explanation(string sample)
    {
        var candidate = CandidateDocument.Parse(File.ReadAllText(Path.Combine(Samples, sample + ".json")));
        var text = new System.Text.StringBuilder();
        foreach (var date in Dates)
        {
            foreach (var decision in Standards.EmbeddedEngine.EvaluateAll(candidate, date).Decisions)
            {
                foreach (var culture in (string[])["zh-CN", "en"])
                {
                    text.Append("## ").Append(decision).Append(" (").Append(culture).Append(")\n")
                        .Append(decision.Explain(System.Globalization.CultureInfo.GetCultureInfo(culture))).Append('\n');
                }
            }
        }

        Expect(sample + ".explained.txt", text.ToString());
    }

    private static void Expect(string file, string actual)
    {
        if (Environment.GetEnvironmentVariable("LABORSTANDARD_WRITE_DECISIONS") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), file), actual);
        }

        actual.Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Eligibility", "Decisions", file)).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Every_alternative_of_both_levels_has_a_sample()
        => SampleNames.Select(row => row.Data).Should().Contain(
            ["level4-1-training", "level4-2-work", "level4-3-student", "level4-4-education",
             "level3-1-certificate-work-training", "level3-2-certificate-work", "level3-3-technician-class", "level3-4-bachelor",
             "not-eligible", "indeterminate", "records-that-do-not-count", "students-and-unknowns"]);

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.Combine(Path.GetDirectoryName(path)!, "Decisions");
}
