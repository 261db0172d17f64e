// Two rooms that use each other, and a third that only uses one of them: the architecture test's check of itself.
#pragma warning disable CA1812, CA1822, CA1515, SA1402, SA1649, IDE0051
namespace LaborStandard.Tests.Architecture.Fixture.Upstairs
{
    internal sealed class Tenant
    {
        public Downstairs.Neighbour? Knocks() => null;
    }
}

namespace LaborStandard.Tests.Architecture.Fixture.Downstairs
{
    internal sealed class Neighbour
    {
        public int Complains() => new List<Upstairs.Tenant>().Count;
    }
}

namespace LaborStandard.Tests.Architecture.Fixture.Garden
{
    internal sealed class Gardener
    {
        public Downstairs.Neighbour Greets() => new();
    }
}
