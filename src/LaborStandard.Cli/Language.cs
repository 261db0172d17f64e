namespace LaborStandard.Cli;

/// <summary>The language of the tool's output: Chinese (zh-CN) or English.</summary>
internal sealed class Language
{
    public static readonly Language Chinese = new("zh-CN", english: false);

    public static readonly Language English = new("en", english: true);

    private Language(string name, bool english)
    {
        Name = name;
        IsEnglish = english;
        Culture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>Gets the culture name, <c>zh-CN</c> or <c>en</c>.</summary>
    public string Name { get; }

    /// <summary>Gets whether the language is English.</summary>
    public bool IsEnglish { get; }

    /// <summary>Gets the culture passed to the library (<c>LocalizedText.Get</c>, <c>Explain</c>).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The default language for a culture: English for <c>en</c> and its specific cultures, Chinese otherwise.</summary>
    /// <param name="culture">The user's UI culture.</param>
    /// <returns>The language.</returns>
    public static Language For(CultureInfo culture)
        => string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <summary>Reads a <c>--lang</c> value: <c>zh</c>, <c>en</c> or a culture of either (<c>zh-CN</c>, <c>en-GB</c>, <c>zh_Hans</c>).</summary>
    /// <param name="text">The value.</param>
    /// <param name="language">The language named.</param>
    /// <returns>Whether the value names one of the two languages.</returns>
    public static bool TryParse(string? text, out Language language)
    {
        language = Chinese;
        if (text is null)
        {
            return false;
        }

        var primary = text.Trim().Split('-', '_')[0];
        if (string.Equals(primary, "zh", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(primary, "en", StringComparison.OrdinalIgnoreCase))
        {
            language = English;
            return true;
        }

        return false;
    }

    /// <summary>Finds the value of <c>--lang</c> in the arguments before they are parsed, so that help is written in it.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The value, or <see langword="null"/> when there is none.</returns>
    public static string? Scan(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == "--lang" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal))
            {
                return arg["--lang=".Length..];
            }
        }

        return null;
    }
}
