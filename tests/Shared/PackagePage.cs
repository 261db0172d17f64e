using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LaborStandard.Testing;

/// <summary>
/// What the package gallery shows of a package, checked in the <c>.nupkg</c> file: the README written for the gallery
/// (the project's <c>PACKAGE.md</c>, every link absolute), the PNG icon, and the release notes taken from the first
/// section of <c>CHANGELOG.md</c>. Shared by the library's and the tool's package tests.
/// </summary>
public static partial class PackagePage
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Gets the address of the documentation site, as docs/docfx.json states it (<c>sitemap.baseUrl</c>).</summary>
    public static string DocsSite { get; } = ReadDocsSite();

    /// <summary>Reads the names of every entry of a package.</summary>
    /// <param name="package">The package file.</param>
    /// <returns>The entry names, with forward slashes.</returns>
    public static IReadOnlyList<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>Reads one entry of a package.</summary>
    /// <param name="package">The package file.</param>
    /// <param name="entry">The entry name.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] Read(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        var found = zip.GetEntry(entry) ?? throw new InvalidOperationException($"'{package}' has no entry '{entry}'; it has {string.Join(", ", zip.Entries.Select(e => e.FullName))}.");
        using var stream = found.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reads the <c>metadata</c> element of the package's nuspec.</summary>
    /// <param name="package">The package file.</param>
    /// <returns>The metadata element.</returns>
    public static XElement Metadata(string package)
    {
        var nuspec = Entries(package).Single(e => !e.Contains('/', StringComparison.Ordinal) && e.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = new MemoryStream(Read(package, nuspec));
        var root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    /// <summary>Gets the release notes the packages must carry: the first section of CHANGELOG.md, without its heading.</summary>
    /// <returns>The notes, with <c>\n</c> line ends.</returns>
    public static string ExpectedReleaseNotes()
    {
        var changelog = File.ReadAllText(Path.Combine(Repository.Root, "CHANGELOG.md")).ReplaceLineEndings("\n");
        var heading = ReleaseHeading().Match(changelog);
        if (!heading.Success)
        {
            throw new InvalidOperationException("CHANGELOG.md has no '## [Unreleased]' or '## [version] - date' section.");
        }

        var rest = changelog[(heading.Index + heading.Length)..];
        var next = ReleaseHeading().Match(rest);
        return (next.Success ? rest[..next.Index] : rest).Trim();
    }

    /// <summary>Gets the targets of every Markdown link and image of a text.</summary>
    /// <param name="markdown">The text.</param>
    /// <returns>The link targets in order.</returns>
    public static IReadOnlyList<string> LinkTargets(string markdown) =>
        [.. MarkdownLink().Matches(markdown).Select(m => m.Groups["target"].Value)];

    /// <summary>Gets the code of every fenced block of a language in a Markdown text.</summary>
    /// <param name="markdown">The text.</param>
    /// <param name="language">The info string, for example <c>csharp</c>.</param>
    /// <returns>The code of each block.</returns>
    public static IReadOnlyList<string> CodeBlocks(string markdown, string language) =>
        [.. FencedBlock().Matches(markdown.ReplaceLineEndings("\n")).Where(m => m.Groups["language"].Value == language).Select(m => m.Groups["code"].Value)];

    /// <summary>Checks the gallery page of a package against the project it was packed from.</summary>
    /// <param name="package">The <c>.nupkg</c> file.</param>
    /// <param name="projectFolder">The folder of the project, which holds its <c>PACKAGE.md</c>.</param>
    public static void ShouldBeTheGalleryPageOf(string package, string projectFolder)
    {
        var metadata = Metadata(package);
        var ns = metadata.Name.Namespace;

        metadata.Element(ns + "readme")?.Value.Should().Be("README.md");
        var readme = Read(package, "README.md");
        readme.Should().Equal(File.ReadAllBytes(Path.Combine(projectFolder, "PACKAGE.md")), "the package's README is the project's PACKAGE.md, written for the gallery");
        var text = System.Text.Encoding.UTF8.GetString(readme);
        var links = LinkTargets(text);
        links.Should().NotBeEmpty().And.OnlyContain(
            l => l.StartsWith("https://", StringComparison.Ordinal),
            "the gallery shows the README away from the repository, so a relative link would break there");
        links.Should().Contain(l => l.StartsWith(DocsSite, StringComparison.Ordinal), "the README points to the documentation site {0}", DocsSite);
        text.Should().NotContain("localhost").And.Contain("## Install").And.Contain("dotnet ");

        metadata.Element(ns + "icon")?.Value.Should().Be("package-icon.png");
        var icon = Read(package, "package-icon.png");
        icon.Should().StartWith(PngSignature, "the gallery shows PNG (or JPEG) icons, not SVG");
        icon.Should().Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "docs", "images", "package-icon.png")));

        var notes = metadata.Element(ns + "releaseNotes");
        notes.Should().NotBeNull("the nuspec should carry release notes; it is:{0}{1}", Environment.NewLine, metadata);
        notes!.Value.ReplaceLineEndings("\n").Should().Be(ExpectedReleaseNotes());
    }

    private static string ReadDocsSite()
    {
        using var docfx = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(Repository.Root, "docs", "docfx.json")),
            new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return docfx.RootElement.GetProperty("build").GetProperty("sitemap").GetProperty("baseUrl").GetString()!;
    }

    [GeneratedRegex(@"(?m)^## \[[^\]]+\][^\n]*\n")]
    private static partial Regex ReleaseHeading();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?ms)^```(?<language>[a-z]*)\n(?<code>.*?)^```")]
    private static partial Regex FencedBlock();
}
