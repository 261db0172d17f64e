using LaborStandard.PackageTests.Support;

namespace LaborStandard.PackageTests;

/// <summary>
/// The LaborStandard package as someone who installs it gets it: what <c>dotnet pack</c> puts in the package and
/// the symbol package, and a consumer that restores it by id and version from a folder feed and uses it.
/// </summary>
/// <remarks>Packing and the consumer run happen once, in <see cref="PackedLibrary"/>; each test asserts one thing.</remarks>
public partial class PackageTest(PackedLibrary library) : IClassFixture<PackedLibrary>
{
    private readonly PackedLibrary _library = library;
}
