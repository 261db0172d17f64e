using System.Text.Json;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Reliability;

/// <summary>Every document of the malformed-input corpus gets a clear error, never a crash.</summary>
public class MalformedInputTest
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The most a reader may allocate for one corpus document (the largest is under 200 KB): 64 MB.</summary>
    private const long MemoryBound = 64L * 1024 * 1024;

    public static TheoryData<string, string, string> Corpus()
    {
        var data = new TheoryData<string, string, string>();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "manifest.json")));
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            data.Add(entry.GetProperty("file").GetString()!, entry.GetProperty("kind").GetString()!, entry.GetProperty("rule").GetString()!);
        }

        return data;
    }

    [Theory(Timeout = 30_000)]
    [MemberData(nameof(Corpus))]
    public async Task Each_malformed_document_gets_a_clear_error_in_bounded_time_and_memory(string file, string kind, string rule)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Root, file), TestContext.Current.CancellationToken);

        // Read on one thread so that the allocation counter sees all of it; the theory's timeout catches a reader that hangs.
        var (errors, allocated) = await Task.Run(
            () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var read = Read(kind, bytes);
                return (read, GC.GetAllocatedBytesForCurrentThread() - before);
            },
            TestContext.Current.CancellationToken);

        allocated.Should().BeLessThan(MemoryBound, "a malformed document costs no more than a bounded amount of memory");

        if (rule.Length == 0)
        {
            errors.Should().BeEmpty($"{file} is valid");
            return;
        }

        errors.Should().NotBeEmpty();
        errors.Should().Contain(e => e.Rule == rule, string.Join("\n", errors));
        errors.Should().OnlyContain(e => e.Path.StartsWith('$') && e.Message.English.Length < 2000 && e.Message.Chinese.Length < 2000, "messages are short enough to show");
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_malformation_the_issue_names()
    {
        var files = Corpus().Select(row => row.Data.Item1).ToList();

        foreach (var name in new[] { "truncated", "wrong-type", "huge-number", "deep-nesting", "long-", "duplicate-key", "invalid-date", "bom", "invalid-utf8" })
        {
            files.Should().Contain(f => f.Contains(name, StringComparison.Ordinal), $"the corpus has a '{name}' document");
        }
    }

    internal static IReadOnlyList<DocumentError> Read(string kind, byte[] bytes) => kind switch
    {
        "standard" => StandardDocument.Read(bytes).Errors,
        "rules" => RuleDocument.Read(bytes, Standards.Embedded).Errors,
        "candidate" => CandidateDocument.Read(bytes).Errors,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of document."),
    };
}
