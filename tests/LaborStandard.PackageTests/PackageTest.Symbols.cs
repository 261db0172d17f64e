using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using LaborStandard.PackageTests.Support;

namespace LaborStandard.PackageTests;

/// <summary>The symbol package beside the package: a portable PDB for each assembly, matching it.</summary>
public partial class PackageTest
{
    [Fact]
    public void A_symbol_package_of_the_same_id_and_version_lies_beside_the_package()
    {
        File.Exists(_library.SymbolPackagePath).Should().BeTrue("dotnet pack should make {0}; the feed holds {1}", _library.SymbolPackagePath, string.Join(", ", Directory.GetFiles(_library.Feed)));

        var metadata = PackedLibrary.ReadMetadata(_library.SymbolPackagePath);
        var nuspec = metadata.Name.Namespace;
        metadata.Element(nuspec + "id")!.Value.Should().Be("LaborStandard");
        metadata.Element(nuspec + "version")!.Value.Should().Be(_library.Version);
        metadata.Element(nuspec + "packageTypes")!.Elements(nuspec + "packageType").Select(t => t.Attribute("name")!.Value).Should().Equal("SymbolsPackage");
        PackedLibrary.EntryNames(_library.SymbolPackagePath).Where(e => e.EndsWith(".pdb", StringComparison.Ordinal))
            .Should().BeEquivalentTo("lib/net8.0/LaborStandard.pdb", "lib/net10.0/LaborStandard.pdb");
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Each_pdb_belongs_to_the_assembly_of_its_folder(string folder)
    {
        using var assembly = new PEReader(new MemoryStream(PackedLibrary.ReadEntry(_library.PackagePath, $"lib/{folder}/LaborStandard.dll")));
        var codeView = assembly.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        var expected = assembly.ReadCodeViewDebugDirectoryData(codeView).Guid;

        using var symbols = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(PackedLibrary.ReadEntry(_library.SymbolPackagePath, $"lib/{folder}/LaborStandard.pdb")));
        var id = symbols.GetMetadataReader().DebugMetadataHeader!.Id;

        new Guid(id.AsSpan(0, 16)).Should().Be(expected, "a debugger only loads the PDB whose id the assembly names");
    }
}
