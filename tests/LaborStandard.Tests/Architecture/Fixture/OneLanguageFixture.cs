// Messages written in one language for both, and some written in two: the message-language test's check of itself.
#pragma warning disable CA1812, CA1822, CA1515, IDE0051
using LaborStandard.Model;

namespace LaborStandard.Tests.Architecture.Fixture.OneLanguage;

internal static class Messages
{
    public static LocalizedText Twice(string message) => new(message, message);

    public static LocalizedText SameWords() => new("is required.", "is required.");

    public static ModelRuleException EnglishOnly(string message) => new("rule", "member", message);

    public static LocalizedText Both(string chinese, string english) => new(chinese, english);

    public static ModelRuleException InBoth(string chinese, string english) => new("rule", "member", new LocalizedText(chinese, english));
}
