namespace LaborStandard.Tests.Architecture;

/// <summary>
/// The rooms of the library and which way the arrows between them point. The model is the ground floor; the rules stand
/// on it; the engine on the rules; serialization and interchange translate at the edge; <c>Standards</c>, the
/// composition of the shipped standard, rules and engine, is the top floor. No arrow points up, so there is no cycle.
/// </summary>
public class RoomsTest
{
    /// <summary>Every room and the rooms it may use. Rooms not listed here are a test failure of their own.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Rules"] = ["Model"],
        ["Eligibility"] = ["Rules", "Model"],
        ["Assessment"] = ["Model"],
        ["Serialization"] = ["Eligibility", "Rules", "Assessment", "Editions", "Model"],
        ["Editions"] = ["Model"],
        ["Interop"] = ["Serialization", "Rules", "Model"],
        ["Composition"] = ["Interop", "Editions", "Serialization", "Eligibility", "Rules", "Assessment", "Model"],
    };

    private static readonly RoomGraph Library = RoomGraph.Of(typeof(Standards).Assembly.Location, RoomOf);

    public static TheoryData<string> Rooms => [.. Allowed.Keys];

    /// <summary>The room of a namespace of the library.</summary>
    public static string? RoomOf(string ns) => ns switch
    {
        "LaborStandard" => "Composition",
        "LaborStandard.Model" => "Model",
        "LaborStandard.Eligibility.Rules" => "Rules",
        "LaborStandard.Eligibility" or "LaborStandard.Eligibility.Evaluation" => "Eligibility",
        "LaborStandard.Assessment" => "Assessment",
        "LaborStandard.Serialization" => "Serialization",
        "LaborStandard.Interop" => "Interop",
        "LaborStandard.Interop.Editions" => "Editions",
        _ when ns.StartsWith("LaborStandard", StringComparison.Ordinal) => "unplaced: " + ns,
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Rooms))]
    public void A_room_uses_only_the_rooms_below_it(string room)
    {
        var uses = Library.Uses.TryGetValue(room, out var targets) ? targets : [];

        uses.Where(u => !Allowed[room].Contains(u.Key)).Select(u => u.Value).Should().BeEmpty($"{room} may use only {string.Join(", ", Allowed[room])}");
    }

    [Fact]
    public void Every_namespace_of_the_library_belongs_to_a_room()
        => Library.Uses.Keys.Should().BeSubsetOf(Allowed.Keys);

    [Fact]
    public void The_allowed_arrows_form_no_cycle()
    {
        Allowed.Values.SelectMany(v => v).Should().BeSubsetOf(Allowed.Keys);
        Library.FindCycle().Should().BeNull();
        Allowed.Keys.Where(room => Reaches(room, room, new HashSet<string>(StringComparer.Ordinal))).Should().BeEmpty("an allowed arrow that points back would let a cycle in");
    }

    [Fact]
    public void The_checker_finds_a_cycle_and_names_the_reference_behind_each_arrow()
    {
        const string prefix = "LaborStandard.Tests.Architecture.Fixture.";
        var fixture = RoomGraph.Of(typeof(RoomsTest).Assembly.Location, ns => ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..] : null);

        fixture.Uses["Upstairs"].Keys.Should().Equal("Downstairs");
        fixture.Uses["Downstairs"]["Upstairs"].Should().Contain("Neighbour").And.Contain("Tenant", "a generic argument inside a method body is a use");
        fixture.Uses["Garden"].Keys.Should().Equal("Downstairs");
        fixture.FindCycle().Should().Equal("Downstairs", "Upstairs", "Downstairs");
    }

    private static bool Reaches(string from, string to, HashSet<string> seen)
        => Allowed[from].Any(next => next == to || (seen.Add(next) && Reaches(next, to, seen)));
}
