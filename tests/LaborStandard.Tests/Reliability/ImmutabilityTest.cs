using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace LaborStandard.Tests.Reliability;

/// <summary>No public type of the library exposes mutable state: no public setters (init included), no public writable fields, no mutable collections.</summary>
public class ImmutabilityTest
{
    private static readonly Type[] PublicTypes = typeof(Standards).Assembly.GetExportedTypes();

    public static TheoryData<string> TypeNames => [.. PublicTypes.Where(t => !t.IsEnum && !typeof(Exception).IsAssignableFrom(t)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void A_public_type_exposes_no_mutable_state(string name)
    {
        var type = PublicTypes.Single(t => t.FullName == name);
        var problems = new List<string>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (property.SetMethod is { IsPublic: true } setter)
            {
                var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                problems.Add($"{property.Name} has a public {(init ? "init" : "set")} accessor");
            }

            if (IsMutableCollection(property.PropertyType))
            {
                problems.Add($"{property.Name} is a mutable {property.PropertyType.Name}");
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (!field.IsInitOnly && !field.IsLiteral)
            {
                problems.Add($"field {field.Name} is writable");
            }

            if (IsMutableCollection(field.FieldType))
            {
                problems.Add($"field {field.Name} is a mutable {field.FieldType.Name}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_check_finds_the_kinds_of_mutability_it_looks_for()
    {
        IsMutableCollection(typeof(List<int>)).Should().BeTrue();
        IsMutableCollection(typeof(int[])).Should().BeTrue();
        IsMutableCollection(typeof(Dictionary<string, int>)).Should().BeTrue();
        IsMutableCollection(typeof(IList<int>)).Should().BeTrue();
        IsMutableCollection(typeof(ImmutableArray<int>)).Should().BeFalse();
        IsMutableCollection(typeof(IReadOnlyList<int>)).Should().BeFalse();
        IsMutableCollection(typeof(System.Collections.Frozen.FrozenSet<string>)).Should().BeFalse();
        IsMutableCollection(typeof(string)).Should().BeFalse();
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        var immutable = type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen";
        var readOnlyInterface = type.IsInterface && type.IsGenericType && type.Name.StartsWith("IReadOnly", StringComparison.Ordinal);
        var enumerableOnly = type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);
        return !(immutable || readOnlyInterface || enumerableOnly);
    }
}
