using LaborStandard.Cli.Tests.Support;

namespace LaborStandard.Cli.Tests.Commands;

/// <summary>
/// The pages of the standard in <c>docs/standard</c> are the documentation site's copy of <c>laborstd export --format
/// markdown</c>: committed so that the site and readers of the repository have them, and never edited by hand.
/// </summary>
public class DocsStandardPagesTest
{
    private const string Regenerate = "dotnet run --project src/LaborStandard.Cli -c Release -- export --format markdown --output docs/standard";

    private static readonly string Committed = Laborstd.PathOf("docs/standard");

    [Fact]
    public async Task The_committed_pages_are_what_the_export_writes_today()
    {
        using var folder = new TempFolder();
        var run = await Laborstd.RunAsync("export", "--format", "markdown", "--output", folder.Path);
        run.ExitCode.Should().Be(0, run.ToString());

        var generated = Directory.GetFiles(folder.Path, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        generated.Should().NotBeEmpty();
        foreach (var page in generated)
        {
            var committed = Path.Combine(Committed, page!);
            File.Exists(committed).Should().BeTrue($"docs/standard/{page} is missing; regenerate the pages with: {Regenerate}");
            File.ReadAllBytes(committed).SequenceEqual(File.ReadAllBytes(Path.Combine(folder.Path, page!)))
                .Should().BeTrue($"docs/standard/{page} is stale (it differs from what the export writes); regenerate the pages with: {Regenerate}");
        }

        Directory.GetFiles(Committed, "*.md").Select(Path.GetFileName).Should().BeSubsetOf(
            generated, $"every page in docs/standard comes from the export; remove a page the export no longer writes and regenerate with: {Regenerate}");
    }

    [Fact]
    public void The_table_of_contents_lists_every_page_of_the_standard()
    {
        var toc = File.ReadAllText(Path.Combine(Committed, "toc.yml"));

        foreach (var page in Directory.GetFiles(Committed, "*.md").Select(Path.GetFileName))
        {
            toc.Should().Contain($"href: {page}\n", "the site's table of contents of the standard links every page");
        }
    }
}
