namespace LaborStandard.Cli.Rendering;

/// <summary>One page of the markdown rendering of a standard.</summary>
/// <param name="FileName">The file name, e.g. <c>level-4.md</c>; pages link to each other by it.</param>
/// <param name="Title">The page's title in both languages.</param>
/// <param name="Content">The markdown, with <c>\n</c> line ends and a final line end.</param>
internal sealed record MarkdownPage(string FileName, LocalizedText Title, string Content);
