using System.Text;

namespace LaborStandard.Cli.Rendering;

/// <summary>Writes markdown: headings, bilingual paragraphs and tables, with text escaped so that it renders as written.</summary>
internal sealed class Markdown
{
    private readonly StringBuilder _text = new();

    /// <summary>A heading: the Chinese on the heading line, the English under it in italics.</summary>
    /// <param name="level">The heading level, 1 to 6.</param>
    /// <param name="number">The clause or code before the title, or empty.</param>
    /// <param name="title">The title.</param>
    /// <returns>This writer.</returns>
    public Markdown Heading(int level, string number, LocalizedText title)
    {
        _text.Append('#', level).Append(' ');
        if (number.Length > 0)
        {
            _text.Append(number).Append(' ');
        }

        _text.Append(Escape(title.Chinese)).Append("\n\n");
        return title.English == title.Chinese ? this : Italic(title.English);
    }

    /// <summary>A paragraph in Chinese followed by its English in italics.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This writer.</returns>
    public Markdown Paragraph(LocalizedText text)
    {
        _text.Append(Escape(text.Chinese)).Append("\n\n");
        return text.English == text.Chinese ? this : Italic(text.English);
    }

    /// <summary>A numbered item as the standard prints it, （1）, with its English on the next line.</summary>
    /// <param name="number">The item's number.</param>
    /// <param name="text">The text.</param>
    /// <returns>This writer.</returns>
    public Markdown Item(int number, LocalizedText text)
    {
        _text.Append('（').Append(number).Append('）').Append(Escape(text.Chinese)).Append("<br>\n");
        _text.Append('*').Append('(').Append(number).Append(") ").Append(Escape(text.English)).Append("*\n\n");
        return this;
    }

    /// <summary>Raw markdown, written as given, followed by a blank line.</summary>
    /// <param name="markdown">The markdown.</param>
    /// <returns>This writer.</returns>
    public Markdown Raw(string markdown)
    {
        _text.Append(markdown).Append("\n\n");
        return this;
    }

    /// <summary>A table: a header row and rows of cells already escaped (see <see cref="Cell(LocalizedText)"/>).</summary>
    /// <param name="header">The header cells.</param>
    /// <param name="rows">The rows.</param>
    /// <returns>This writer.</returns>
    public Markdown Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Row(header);
        _text.Append('|');
        foreach (var _ in header)
        {
            _text.Append(" --- |");
        }

        _text.Append('\n');
        foreach (var row in rows)
        {
            Row(row);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>A table cell with the Chinese, and the English in italics under it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell's markdown.</returns>
    public static string Cell(LocalizedText text)
        => text.Chinese == text.English ? Escape(text.Chinese) : $"{Escape(text.Chinese)}<br>*{Escape(text.English)}*";

    /// <summary>A link.</summary>
    /// <param name="text">The link text, escaped here.</param>
    /// <param name="target">The target, e.g. <c>corrections.md#level-4-title</c>.</param>
    /// <returns>The link's markdown.</returns>
    public static string Link(string text, string target) => $"[{Escape(text)}]({target})";

    /// <summary>Escapes the characters markdown would read as markup, so a text renders as written.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '|' or '<' or '>' or '[' or ']' or '#')
            {
                result.Append('\\');
            }

            result.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return result.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";

    private Markdown Italic(string english)
    {
        _text.Append('*').Append(Escape(english)).Append("*\n\n");
        return this;
    }

    private void Row(IReadOnlyList<string> cells)
    {
        _text.Append('|');
        foreach (var cell in cells)
        {
            _text.Append(' ').Append(cell).Append(" |");
        }

        _text.Append('\n');
    }
}
