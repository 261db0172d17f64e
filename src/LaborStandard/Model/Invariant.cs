using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace LaborStandard.Model;

/// <summary>Checks the model's invariants once, at construction, and names the member and rule when one breaks.</summary>
internal static class Invariant
{
    public static ModelRuleException Violation(string rule, string member, string message) => new(rule, member, message);

    public static void Require(bool condition, string rule, string member, string message)
    {
        if (!condition)
        {
            throw Violation(rule, member, message);
        }
    }

    /// <summary>Throws when <paramref name="condition"/> is false; the message is formatted only then.</summary>
    public static void Require(bool condition, string rule, string member, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw Violation(rule, member, message.ToStringAndClear());
        }
    }

    public static T NotNull<T>(T? value, string member)
        where T : class
        => value ?? throw Violation(StandardRules.Required, member, "is required.");

    /// <summary>A list that is not default and holds no null entry.</summary>
    public static ImmutableArray<T> Items<T>(ImmutableArray<T> items, string member)
        where T : class
    {
        Require(!items.IsDefault, StandardRules.Required, member, "is required (an empty list is allowed, a missing one is not).");
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw Violation(StandardRules.Required, Indexed(member, i), "is null.");
            }
        }

        return items;
    }

    /// <summary>A list of value-type entries that is not default.</summary>
    public static ImmutableArray<T> Values<T>(ImmutableArray<T> items, string member)
        where T : struct
    {
        Require(!items.IsDefault, StandardRules.Required, member, "is required (an empty list is allowed, a missing one is not).");
        return items;
    }

    public static string Text(string? value, string member)
        => string.IsNullOrWhiteSpace(value) ? throw Violation(StandardRules.TextRequired, member, "is missing or blank.") : value;

    /// <summary>A dotted code of <paramref name="parts"/> positive numbers, such as <c>2.4.2</c> for three parts.</summary>
    public static string Code(string? code, int parts, string member)
    {
        Require(code is not null, StandardRules.Required, member, "is required.");
        if (!Codes.IsWellFormed(code!, parts))
        {
            throw Violation(StandardRules.CodeFormat, member, string.Create(CultureInfo.InvariantCulture, $"{Quote(code)} is not a code of {parts} dotted positive numbers."));
        }

        return code!;
    }

    public static SkillLevel Level(SkillLevel level, string member)
    {
        Require(level.IsDefined, StandardRules.LevelDefined, member, "is not one of the five national levels.");
        return level;
    }

    public static int Positive(int value, string member)
    {
        return value > 0 ? value : throw Violation(StandardRules.Range, member, string.Create(CultureInfo.InvariantCulture, $"must be greater than zero, was {value}."));
    }

    public static void Enum<TEnum>(TEnum value, string member)
        where TEnum : struct, Enum
    {
        if (!System.Enum.IsDefined(value))
        {
            throw Violation(StandardRules.UnknownValue, member, $"'{value}' is not a defined {typeof(TEnum).Name}.");
        }
    }

    /// <summary>Numbered items must run 1, 2, 3 … in order.</summary>
    public static ImmutableArray<NumberedItem> Numbered(ImmutableArray<NumberedItem> items, string member)
    {
        Items(items, member);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Number != i + 1)
            {
                throw Violation(StandardRules.ItemNumber, Indexed(member, i) + ".number", string.Create(CultureInfo.InvariantCulture, $"is {items[i].Number}; items are numbered from 1 in order, so {i + 1} was expected."));
            }
        }

        return items;
    }

    /// <summary>
    /// A value quoted for a message: as given when short, else its start and its length, so that an error about a huge
    /// input stays one readable line.
    /// </summary>
    public static string Quote(string? value)
    {
        const int Shown = 64;
        if (value is null)
        {
            return "null";
        }

        return value.Length <= Shown
            ? $"'{value}'"
            : string.Create(CultureInfo.InvariantCulture, $"'{value[..Shown]}…' ({value.Length:N0} characters)");
    }

    public static string Indexed(string member, int index) => string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]");
}
