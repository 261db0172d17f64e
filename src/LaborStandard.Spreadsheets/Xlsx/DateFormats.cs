namespace LaborStandard.Spreadsheets.Xlsx;

/// <summary>Which number formats of a workbook show a date: the built-in ones (including those of Chinese Excel) and custom codes with a year or a day.</summary>
internal static class DateFormats
{
    /// <summary>Whether a built-in format id is a date (14–17, 22; and the East Asian 27–31, 36, 50–54, 57, 58), not a time of day alone.</summary>
    /// <param name="id">The number format id.</param>
    /// <returns>Whether it shows a date.</returns>
    public static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 17) or 22 or (>= 27 and <= 31) or 36 or (>= 50 and <= 54) or 57 or 58;

    /// <summary>Whether a custom format code shows a date: its first section, without literals, escapes and bracketed tags, has a year or a day.</summary>
    /// <param name="code">The format code, such as <c>yyyy"年"m"月"d"日"</c>.</param>
    /// <returns>Whether it shows a date.</returns>
    public static bool IsDateCode(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
                continue;
            }

            if (inBrackets)
            {
                inBrackets = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '[':
                    inBrackets = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case ';':
                    return false;
                case 'y' or 'Y' or 'd' or 'D':
                    return true;
            }
        }

        return false;
    }
}
