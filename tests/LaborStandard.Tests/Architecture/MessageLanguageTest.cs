using LaborStandard.Model;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace LaborStandard.Tests.Architecture;

/// <summary>
/// No message of the library is written in one language for both: no method builds a <see cref="LocalizedText"/> from
/// one string given twice, and none calls the English-only constructor of <see cref="ModelRuleException"/>, which is
/// kept for callers outside the library.
/// </summary>
public class MessageLanguageTest
{
    // Where one string is rightly both texts: the kept constructor itself, and the words of an edition comparison, which
    // pass on a value that has no translation (a clause number, a code, a figure).
    private static readonly string[] Allowed = [typeof(ModelRuleException).FullName!, "LaborStandard.Interop.Editions.ChangeWords"];

    [Fact]
    public void No_method_of_the_library_writes_one_string_as_both_languages()
        => OneLanguage(typeof(Standards).Assembly.Location, type => !Allowed.Contains(type, StringComparer.Ordinal)).Should().BeEmpty();

    [Fact]
    public void The_checker_finds_a_message_written_in_one_language_and_passes_one_written_in_two()
    {
        const string fixture = "LaborStandard.Tests.Architecture.Fixture.OneLanguage.";

        OneLanguage(typeof(MessageLanguageTest).Assembly.Location, type => type.StartsWith(fixture, StringComparison.Ordinal))
            .Should().BeEquivalentTo(fixture + "Messages::Twice", fixture + "Messages::SameWords", fixture + "Messages::EnglishOnly");
    }

    /// <summary>The methods (as Type::Method) of the types <paramref name="include"/> keeps that write a message in one language for both.</summary>
    private static List<string> OneLanguage(string assemblyPath, Func<string, bool> include)
    {
        var found = new List<string>();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            var outer = type;
            while (outer.IsNested)
            {
                outer = outer.DeclaringType;
            }

            if (!include(outer.FullName))
            {
                continue;
            }

            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                if (method.Body.Instructions.Any(WritesOneLanguage))
                {
                    found.Add($"{outer.FullName}::{method.Name}");
                }
            }
        }

        return found;
    }

    private static bool WritesOneLanguage(Instruction instruction)
    {
        if (instruction.OpCode != OpCodes.Newobj || instruction.Operand is not MethodReference constructor)
        {
            return false;
        }

        var parameters = constructor.Parameters;
        return constructor.DeclaringType.FullName switch
        {
            "LaborStandard.Model.ModelRuleException" => parameters.Count == 3 && parameters[2].ParameterType.FullName == "System.String",
            "LaborStandard.Model.LocalizedText" => parameters.Count == 2 && SameValueTwice(instruction.Previous),
            _ => false,
        };
    }

    /// <summary>Whether the two values pushed last are the same: a duplicate, or two loads of one argument, local, field or string.</summary>
    private static bool SameValueTwice(Instruction? last)
    {
        if (last is null)
        {
            return false;
        }

        if (last.OpCode == OpCodes.Dup)
        {
            return true;
        }

        var before = last.Previous;
        return before is not null && before.OpCode == last.OpCode && IsLoad(last.OpCode) && Equals(before.Operand, last.Operand);
    }

    private static bool IsLoad(OpCode code)
        => code.Code is Code.Ldarg_0 or Code.Ldarg_1 or Code.Ldarg_2 or Code.Ldarg_3 or Code.Ldarg_S or Code.Ldarg
            or Code.Ldloc_0 or Code.Ldloc_1 or Code.Ldloc_2 or Code.Ldloc_3 or Code.Ldloc_S or Code.Ldloc
            or Code.Ldsfld or Code.Ldstr;
}
