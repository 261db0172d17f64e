namespace LaborStandard.Cli.Input;

/// <summary>Reads option values the way the tool documents them, with an error that names the option and says what is expected.</summary>
internal static class OptionValues
{
    /// <summary>Reads a level the standard defines: <c>4</c>, <c>3</c>, <c>四级</c>, <c>中级工</c>, <c>四级/中级工</c> or <c>level 4</c>.</summary>
    /// <param name="session">The run.</param>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The value given.</param>
    /// <returns>The level.</returns>
    /// <exception cref="CliException">The value names no level, or one the standard does not define.</exception>
    public static SkillLevel Level(Session session, string option, string text)
    {
        var standard = session.Standard;
        if (SkillLevel.TryParse(text, out var level) && standard.Defines(level))
        {
            return level;
        }

        var defined = string.Join(", ", standard.Levels.Select(l => l.Level.Rank.ToString(CultureInfo.InvariantCulture)));
        throw new CliException(session.Text.BadLevel(option, text, defined));
    }

    public static DateOnly Date(Session session, string option, string text)
        => DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException(session.Text.BadDate(option, text));

    public static int Count(Session session, string option, string text, int minimum)
        => int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new CliException(session.Text.BadWholeNumber(option, text, minimum));

    /// <summary>A score as written: digits with at most one decimal point (and a sign), read exactly as a decimal; no exponent, NaN or infinity.</summary>
    public static decimal Number(Session session, string option, string text)
    {
        var trimmed = text.Trim();
        var plain = trimmed.Length > 0 && trimmed.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+');
        return plain && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (value == 0 ? 0m : value)
            : throw new CliException(session.Text.BadNumber(option, text));
    }

    public static AssessmentKind Kind(Session session, string option, string text) => text.Trim().ToLowerInvariant() switch
    {
        "theory" => AssessmentKind.Theory,
        "skill" => AssessmentKind.Skill,
        _ => throw new CliException(session.Text.BadChoice(option, text, "theory, skill")),
    };

    /// <summary>Splits a list given as <c>a,b,c</c> (or repeated options), dropping empty entries.</summary>
    /// <param name="values">The values of the option.</param>
    /// <returns>The entries, trimmed.</returns>
    public static IReadOnlyList<string> List(IEnumerable<string> values)
        => [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>The message of an argument exception from the library, without the parameter and value lines .NET appends.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The first line of the message, without " (Parameter '…')".</returns>
    public static string MessageOf(ArgumentException exception)
    {
        var message = exception.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        if (end >= 0)
        {
            message = message[..end];
        }

        if (exception.ParamName is { } name)
        {
            var suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }

        return message;
    }
}
