using Mono.Cecil;

namespace LaborStandard.Tests.Architecture;

/// <summary>
/// Which room of an assembly uses which: every type reference in the IL (base types, interfaces, fields, signatures,
/// attributes, generic arguments and method bodies) from a type of one room to a type of another.
/// </summary>
/// <remarks>A room is a namespace, or a group of namespaces named by <c>roomOf</c>; types a room maps to null are not looked at.</remarks>
public sealed class RoomGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _uses = new(StringComparer.Ordinal);

    private RoomGraph()
    {
    }

    /// <summary>Gets the rooms found, each with the rooms it uses and, for each, one example reference.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Uses => _uses;

    /// <summary>Reads the graph of an assembly file.</summary>
    /// <param name="assemblyPath">The assembly.</param>
    /// <param name="roomOf">The room of a namespace, or null for a namespace that is not part of the graph.</param>
    /// <returns>The graph.</returns>
    public static RoomGraph Of(string assemblyPath, Func<string, string?> roomOf)
    {
        var graph = new RoomGraph();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            if (roomOf(NamespaceOf(type)) is not { } room)
            {
                continue;
            }

            graph._uses.TryAdd(room, new Dictionary<string, string>(StringComparer.Ordinal));
            foreach (var used in ReferencesOf(type))
            {
                if (roomOf(NamespaceOf(used)) is { } target && target != room)
                {
                    graph._uses[room].TryAdd(target, $"{type.FullName} uses {used.FullName}");
                }
            }
        }

        return graph;
    }

    /// <summary>Finds a cycle, as the rooms along it, or returns null when the graph has none.</summary>
    /// <returns>For example [A, B, A].</returns>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string room)
        {
            state[room] = 1;
            path.Add(room);
            foreach (var next in _uses.TryGetValue(room, out var targets) ? targets.Keys.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[room] = 2;
            return null;
        }

        foreach (var room in _uses.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(room) == 0 && Visit(room) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static List<TypeReference> ReferencesOf(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }

                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add(reference);
                    return;
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
            }
        }

        void AddMember(MemberReference member)
        {
            Add(member.DeclaringType);
            switch (member)
            {
                case MethodReference method:
                    Add(method.ReturnType);
                    foreach (var parameter in method.Parameters)
                    {
                        Add(parameter.ParameterType);
                    }

                    if (method is GenericInstanceMethod instance)
                    {
                        foreach (var argument in instance.GenericArguments)
                        {
                            Add(argument);
                        }
                    }

                    break;
                case FieldReference field:
                    Add(field.FieldType);
                    break;
            }
        }

        Add(type.BaseType);
        AddAttributes(type);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType);
        }

        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var method in type.Methods)
        {
            AddMember(method);
            AddAttributes(method);
            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operandType:
                        Add(operandType);
                        break;
                    case MemberReference member:
                        AddMember(member);
                        break;
                }
            }

            foreach (var handler in method.Body.ExceptionHandlers)
            {
                Add(handler.CatchType);
            }
        }

        return found;
    }
}
