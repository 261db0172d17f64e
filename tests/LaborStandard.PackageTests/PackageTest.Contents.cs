using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LaborStandard.PackageTests.Support;

namespace LaborStandard.PackageTests;

/// <summary>The files of the package: one assembly and its XML docs per target framework, and the README.</summary>
public partial class PackageTest
{
    [Fact]
    public void The_package_file_is_named_by_id_and_a_semantic_version()
    {
        _library.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$");
        File.Exists(_library.PackagePath).Should().BeTrue();

        var metadata = PackedLibrary.ReadMetadata(_library.PackagePath);
        metadata.Element(metadata.Name.Namespace + "id")!.Value.Should().Be("LaborStandard");
        metadata.Element(metadata.Name.Namespace + "version")!.Value.Should().Be(_library.Version, "the version inside the package is the one in its file name");
    }

    [Fact]
    public void The_package_holds_the_assemblies_their_docs_the_readme_and_the_json_schemas_and_nothing_else()
    {
        PackedLibrary.EntryNames(_library.PackagePath).Where(e => !PackagingPart().IsMatch(e)).Should().BeEquivalentTo(
            "README.md",
            "package-icon.png",
            "lib/net8.0/LaborStandard.dll",
            "lib/net8.0/LaborStandard.xml",
            "lib/net10.0/LaborStandard.dll",
            "lib/net10.0/LaborStandard.xml",
            "schemas/batch-record.schema.json",
            "schemas/candidate.schema.json",
            "schemas/decision.schema.json",
            "schemas/error.schema.json",
            "schemas/rules.schema.json",
            "schemas/standard.schema.json");
    }

    [Fact]
    public void The_readme_at_the_package_root_is_written_for_the_gallery_not_the_repository_readme()
    {
        PackedLibrary.ReadEntry(_library.PackagePath, "README.md").Should().Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "src", "LaborStandard", "PACKAGE.md")));
    }

    [Theory]
    [InlineData("net8.0", ".NETCoreApp,Version=v8.0")]
    [InlineData("net10.0", ".NETCoreApp,Version=v10.0")]
    public void Each_assembly_is_built_for_its_folder_and_carries_the_standard(string folder, string frameworkName)
    {
        var image = PackedLibrary.ReadEntry(_library.PackagePath, $"lib/{folder}/LaborStandard.dll");

        var context = new AssemblyLoadContext($"package {folder}", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));

            assembly.GetName().Name.Should().Be("LaborStandard");
            assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName.Should().Be(frameworkName);
            assembly.GetManifestResourceNames().Should().Contain("LaborStandard.Data.standard-3-01-01-02.json", "the standard ships inside the assembly");
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Each_assembly_has_its_xml_documentation(string folder)
    {
        using var stream = new MemoryStream(PackedLibrary.ReadEntry(_library.PackagePath, $"lib/{folder}/LaborStandard.xml"));
        var docs = XDocument.Load(stream).Root!;

        docs.Element("assembly")!.Element("name")!.Value.Should().Be("LaborStandard");
        var members = docs.Element("members")!.Elements("member").ToDictionary(m => m.Attribute("name")!.Value, m => m.Element("summary")?.Value.Trim());
        members.Should().ContainKeys("T:LaborStandard.Standards", "P:LaborStandard.Standards.Embedded", "T:LaborStandard.Model.OccupationalStandard");
        members["P:LaborStandard.Standards.Embedded"].Should().NotBeNullOrEmpty();
    }

    // Parts every package has, which say nothing about this one.
    [GeneratedRegex(@"^(_rels/|package/services/|\[Content_Types\]\.xml$|LaborStandard\.nuspec$)", RegexOptions.CultureInvariant)]
    private static partial Regex PackagingPart();
}
