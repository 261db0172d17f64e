namespace LaborStandard.PackageTests;

/// <summary>Packing is as clean as building: no warning of MSBuild, NuGet or the compiler.</summary>
public partial class PackageTest
{
    [Fact]
    public void Dotnet_pack_reports_no_warnings()
    {
        _library.Pack.WarningLines.Should().BeEmpty("the package build has no warnings; dotnet pack said:{0}{1}", Environment.NewLine, _library.Pack);
    }
}
