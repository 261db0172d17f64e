using System.Text.RegularExpressions;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Tests.Support;

/// <summary>
/// Whether a message reaches a Chinese reader in Chinese: it has Chinese characters, it is not its English written again,
/// and it holds no English sentence (codes, member names, CASE identifiers, dates and numbers are allowed) and no .NET
/// type name.
/// </summary>
public static partial class ChineseMessages
{
    public static bool HasChinese(string text) => ChineseCharacter().IsMatch(text);

    /// <summary>Three English words in a row make a sentence; identifiers such as juniorMiddleSchool or yyyy-MM-dd do not.</summary>
    public static bool HasEnglishSentence(string text) => EnglishWords().IsMatch(text);

    public static bool HasTypeName(string text) => TypeName().IsMatch(text);

    /// <summary>Whether a message's Chinese is Chinese, and not its English written again.</summary>
    public static bool IsChinese(LocalizedText message)
        => HasChinese(message.Chinese) && !string.Equals(message.Chinese, message.English, StringComparison.Ordinal)
           && !HasEnglishSentence(message.Chinese) && !HasTypeName(message.Chinese);

    /// <summary>Asserts that there is at least one error and that each says in Chinese what is wrong.</summary>
    public static void ShouldAllBeInChinese(IReadOnlyCollection<DocumentError> errors)
    {
        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => IsChinese(e.Message), string.Join("\n", errors.Select(e => $"{e.Path}: {e.Message.Chinese} | {e.Message.English}")));
    }

    /// <summary>Asserts that a broken invariant says in Chinese what is wrong.</summary>
    public static void ShouldBeInChinese(ModelRuleException thrown, string what)
        => IsChinese(thrown.Text).Should().BeTrue($"{what}: {thrown.Text.Chinese} | {thrown.Text.English}");

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseCharacter();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"System\.|Nullable`|LaborStandard\.|Dto\b|Int32|String\b")]
    private static partial Regex TypeName();
}
