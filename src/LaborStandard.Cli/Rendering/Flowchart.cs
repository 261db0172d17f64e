using System.Text;

namespace LaborStandard.Cli.Rendering;

/// <summary>
/// Writes a Mermaid flowchart as a fenced <c>mermaid</c> block: nodes with labels of several lines (the English in
/// italics), edges with optional labels. The standard's texts are escaped with Mermaid's entity codes, so a label renders
/// as written whatever punctuation it holds; the markup between lines is the writer's own.
/// </summary>
/// <remarks>The documentation site renders the block with the Mermaid that its template ships; GitHub renders it too.</remarks>
internal sealed class Flowchart
{
    private readonly StringBuilder _text = new();
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private int _nodes;

    /// <summary>Starts a flowchart.</summary>
    /// <param name="direction">Which way it grows: <c>TB</c> (top to bottom), <c>BT</c>, <c>LR</c>.</param>
    public Flowchart(string direction) => _text.Append("flowchart ").Append(direction).Append('\n');

    /// <summary>The shape of a node.</summary>
    public enum Shape
    {
        /// <summary>A rectangle: a condition, a level, a work content.</summary>
        Box,

        /// <summary>A stadium: where a route starts or ends.</summary>
        Terminal,
    }

    /// <summary>Adds a node.</summary>
    /// <param name="shape">Its shape.</param>
    /// <param name="lines">Its label, line by line, already in label markup (see <see cref="Text(LocalizedText)"/>).</param>
    /// <returns>The node's id, for edges.</returns>
    public string Node(Shape shape, params IEnumerable<string> lines)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"n{++_nodes}");
        var (open, close) = shape == Shape.Terminal ? ("([\"", "\"])") : ("[\"", "\"]");
        _text.Append("  ").Append(id).Append(open).Append(string.Join("<br>", lines)).Append(close).Append('\n');
        return id;
    }

    /// <summary>Adds an edge.</summary>
    /// <param name="from">The node it leaves.</param>
    /// <param name="to">The node it reaches.</param>
    /// <param name="label">Its label in label markup, or null for none.</param>
    public void Edge(string from, string to, string? label = null)
    {
        _text.Append("  ").Append(from);
        _text.Append(label is null ? " --> " : $" -- \"{label}\" --> ");
        _text.Append(to).Append('\n');
    }

    /// <summary>Gives a node a class of the stylesheet, e.g. <c>goal</c>.</summary>
    /// <param name="node">The node.</param>
    /// <param name="name">The class.</param>
    /// <param name="style">Its style, in Mermaid's <c>classDef</c> form; written once per class.</param>
    public void Style(string node, string name, string style)
    {
        if (_classes.Add(name))
        {
            _text.Append("  classDef ").Append(name).Append(' ').Append(style).Append('\n');
        }

        _text.Append("  class ").Append(node).Append(' ').Append(name).Append('\n');
    }

    /// <summary>A text in both languages as label lines: the Chinese, then the English in italics.</summary>
    /// <param name="text">The text.</param>
    /// <returns>One line, or two when the English differs.</returns>
    public static IEnumerable<string> Text(LocalizedText text)
        => text.Chinese == text.English ? [Escape(text.Chinese)] : [Escape(text.Chinese), Italic(text.English)];

    /// <summary>A text in italics, escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The label markup.</returns>
    public static string Italic(string text) => $"<i>{Escape(text)}</i>";

    /// <summary>A text in bold, escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The label markup.</returns>
    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    /// <summary>Escapes a text for a quoted Mermaid label: quotes, markup and Mermaid's own <c>#</c> become entity codes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, on one line.</returns>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => result.Append("#quot;"),
                '#' => result.Append("#35;"),
                '<' => result.Append("#lt;"),
                '>' => result.Append("#gt;"),
                '&' => result.Append("#amp;"),
                '`' => result.Append("#96;"),
                '\n' or '\r' => result.Append(' '),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"```mermaid\n{_text}```";
}
