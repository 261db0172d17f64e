namespace LaborStandard.DocsCheck;

/// <summary>A page on the reader's path and what must be on it.</summary>
/// <param name="Name">What the page is, for messages and the screenshot's file name.</param>
/// <param name="Path">The page, relative to the site's root; empty for the home page.</param>
/// <param name="Heading">Words the page's first heading contains.</param>
/// <param name="MinimumTables">How many tables the article has at least.</param>
/// <param name="Screenshot">The file name of the page's screenshot.</param>
internal sealed record Step(string Name, string Path, string Heading, int MinimumTables, string Screenshot);
