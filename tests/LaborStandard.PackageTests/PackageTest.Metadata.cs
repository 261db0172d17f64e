using System.Xml.Linq;
using LaborStandard.PackageTests.Support;

namespace LaborStandard.PackageTests;

/// <summary>The nuspec of the package: licence, readme, repository, tags and dependencies per target framework.</summary>
public partial class PackageTest
{
    [Fact]
    public void The_licence_is_the_MIT_expression()
    {
        var license = Metadata("license");

        license.Attribute("type")!.Value.Should().Be("expression");
        license.Value.Should().Be("MIT");
    }

    [Fact]
    public void The_readme_is_declared()
    {
        Metadata("readme").Value.Should().Be("README.md");
    }

    [Fact]
    public void The_repository_is_a_git_repository_on_the_web()
    {
        var repository = Metadata("repository");

        repository.Attribute("type")!.Value.Should().Be("git");
        IsWebAddress(repository.Attribute("url")!.Value).Should().BeTrue("the repository url is {0}", repository.Attribute("url")!.Value);
        IsWebAddress(Metadata("projectUrl").Value).Should().BeTrue("the project url is {0}", Metadata("projectUrl").Value);
    }

    [Fact]
    public void The_description_and_tags_say_what_the_package_is()
    {
        Metadata("authors").Value.Should().NotBeNullOrWhiteSpace();
        Metadata("description").Value.Should().Contain("3-01-01-02");
        Metadata("tags").Value.Split(' ').Should().Contain(["occupational-standard", "rules-as-code", "职业技能标准"]);
    }

    [Fact]
    public void Each_target_framework_depends_on_exactly_what_it_uses_at_the_centrally_managed_versions()
    {
        var central = CentralPackageVersions();
        var dependencies = Metadata("dependencies").Elements(Nuspec + "group").ToDictionary(
            g => g.Attribute("targetFramework")!.Value,
            g => g.Elements(Nuspec + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value));

        // System.Text.Json is part of net10.0 itself; analyzers and SourceLink are build-time only and must not flow.
        dependencies.Should().BeEquivalentTo(new Dictionary<string, Dictionary<string, string>>
        {
            ["net8.0"] = new()
            {
                ["Ardalis.GuardClauses"] = central["Ardalis.GuardClauses"],
                ["System.Text.Json"] = central["System.Text.Json"],
            },
            ["net10.0"] = new()
            {
                ["Ardalis.GuardClauses"] = central["Ardalis.GuardClauses"],
            },
        });
    }

    private XNamespace Nuspec => PackedLibrary.ReadMetadata(_library.PackagePath).Name.Namespace;

    private XElement Metadata(string name)
    {
        var metadata = PackedLibrary.ReadMetadata(_library.PackagePath);
        var element = metadata.Element(metadata.Name.Namespace + name);
        element.Should().NotBeNull("the nuspec should have <{0}>; it is:{1}{2}", name, Environment.NewLine, metadata);
        return element!;
    }

    private static bool IsWebAddress(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static Dictionary<string, string> CentralPackageVersions() =>
        XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value);
}
