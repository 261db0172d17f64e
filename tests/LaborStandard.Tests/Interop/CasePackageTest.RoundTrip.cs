using LaborStandard.Interop;
using LaborStandard.Model;

namespace LaborStandard.Tests.Interop;

/// <summary>A package read back is the standard that was exported.</summary>
public partial class CasePackageTest
{
    private static readonly OccupationalStandard Shipped = Standards.Embedded;

    private static readonly Lazy<string> ShippedPackage = new(() => CasePackage.ToJson(Shipped));

    [Fact]
    public void The_shipped_standard_reads_back_equal()
    {
        var result = CasePackage.Read(ShippedPackage.Value);

        result.Errors.Should().BeEmpty();
        result.Value.Should().Be(Shipped);
    }
}
