using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace LaborStandard.Model;

/// <summary>Checks the model's invariants once, at construction, and names the member and rule when one breaks.</summary>
internal static class Invariant
{
    private static readonly LocalizedText IsBlank = new("缺少文字或只有空白。", "is missing or blank.");
    private static readonly LocalizedText NotALevel = new("不是国家职业技能等级（一级至五级）之一。", "is not one of the five national levels.");

    /// <summary>Gets the words for a member that is missing.</summary>
    public static LocalizedText IsRequired { get; } = new("缺少此项。", "is required.");

    /// <summary>Gets the words for a list that is missing, where an empty one would do.</summary>
    public static LocalizedText ListRequired { get; } = new("缺少此列表（可以为空列表，但不能缺少）。", "is required (an empty list is allowed, a missing one is not).");

    /// <summary>Gets the words for an entry of a list that is null.</summary>
    public static LocalizedText IsNull { get; } = new("为空值（null）。", "is null.");

    public static ModelRuleException Violation(string rule, string member, LocalizedText text) => new(rule, member, text);

    public static void Require(bool condition, string rule, string member, LocalizedText text)
    {
        if (!condition)
        {
            throw Violation(rule, member, text);
        }
    }

    /// <summary>Throws when <paramref name="condition"/> is false; the message, in Chinese and English, is formatted only then.</summary>
    public static void Require(
        bool condition,
        string rule,
        string member,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage chinese,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage english)
    {
        if (!condition)
        {
            throw Violation(rule, member, new LocalizedText(chinese.ToStringAndClear(), english.ToStringAndClear()));
        }
    }

    public static T NotNull<T>(T? value, string member)
        where T : class
        => value ?? throw Violation(StandardRules.Required, member, IsRequired);

    /// <summary>A list that is not default and holds no null entry.</summary>
    public static ImmutableArray<T> Items<T>(ImmutableArray<T> items, string member)
        where T : class
    {
        Require(!items.IsDefault, StandardRules.Required, member, ListRequired);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw Violation(StandardRules.Required, Indexed(member, i), IsNull);
            }
        }

        return items;
    }

    /// <summary>A list of value-type entries that is not default.</summary>
    public static ImmutableArray<T> Values<T>(ImmutableArray<T> items, string member)
        where T : struct
    {
        Require(!items.IsDefault, StandardRules.Required, member, ListRequired);
        return items;
    }

    public static string Text(string? value, string member)
        => string.IsNullOrWhiteSpace(value) ? throw Violation(StandardRules.TextRequired, member, IsBlank) : value;

    /// <summary>A dotted code of <paramref name="parts"/> positive numbers, such as <c>2.4.2</c> for three parts.</summary>
    public static string Code(string? code, int parts, string member)
    {
        Require(code is not null, StandardRules.Required, member, IsRequired);
        if (!Codes.IsWellFormed(code!, parts))
        {
            throw Violation(StandardRules.CodeFormat, member, new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"{QuoteZh(code)}不是由 {parts} 个以点分隔的正整数组成的代码。"),
                string.Create(CultureInfo.InvariantCulture, $"{Quote(code)} is not a code of {parts} dotted positive numbers.")));
        }

        return code!;
    }

    /// <summary>A clause number of the standard, such as <c>1.9.1</c>: dotted positive numbers, as many as it has.</summary>
    public static string Clause(string? clause, string member)
    {
        Require(
            clause is not null && Codes.IsWellFormed(clause, clause.Count(c => c == '.') + 1),
            StandardRules.CodeFormat,
            member,
            $"{QuoteZh(clause)}不是条款号（形如 1.9.1）。",
            $"{Quote(clause)} is not a clause number such as 1.9.1.");
        return clause!;
    }

    public static SkillLevel Level(SkillLevel level, string member)
    {
        Require(level.IsDefined, StandardRules.LevelDefined, member, NotALevel);
        return level;
    }

    public static int Positive(int value, string member)
    {
        return value > 0 ? value : throw Violation(StandardRules.Range, member, new LocalizedText(
            string.Create(CultureInfo.InvariantCulture, $"应大于零，实为 {value}。"),
            string.Create(CultureInfo.InvariantCulture, $"must be greater than zero, was {value}.")));
    }

    public static void Enum<TEnum>(TEnum value, string member)
        where TEnum : struct, Enum
    {
        if (!System.Enum.IsDefined(value))
        {
            throw Violation(StandardRules.UnknownValue, member, new LocalizedText($"“{value}”不是可用的取值。", $"'{value}' is not one of the values allowed here."));
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
                throw Violation(StandardRules.ItemNumber, Indexed(member, i) + ".number", new LocalizedText(
                    string.Create(CultureInfo.InvariantCulture, $"为 {items[i].Number}；条目应从 1 起依次编号，此处应为 {i + 1}。"),
                    string.Create(CultureInfo.InvariantCulture, $"is {items[i].Number}; items are numbered from 1 in order, so {i + 1} was expected.")));
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

    /// <summary>A value quoted for a Chinese message: in Chinese quotation marks, cut as <see cref="Quote"/> cuts it.</summary>
    public static string QuoteZh(string? value)
    {
        const int Shown = 64;
        if (value is null)
        {
            return "null";
        }

        return value.Length <= Shown
            ? $"“{value}”"
            : string.Create(CultureInfo.InvariantCulture, $"“{value[..Shown]}…”（共 {value.Length:N0} 个字符）");
    }

    public static string Indexed(string member, int index) => string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]");
}
