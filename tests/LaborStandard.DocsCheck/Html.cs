using System.Net;
using System.Text.RegularExpressions;

namespace LaborStandard.DocsCheck;

/// <summary>
/// Just enough HTML reading for a link check: the <c>href</c> and <c>src</c> attributes of the tags, and the ids a
/// fragment can point at. Scripts, styles and comments are skipped, so text that only looks like markup is not read.
/// </summary>
internal static partial class Html
{
    /// <summary>The links of a page, in order, with entities decoded.</summary>
    /// <param name="html">The page.</param>
    /// <returns>Each link's attribute value.</returns>
    public static IEnumerable<string> Links(string html)
    {
        foreach (Match tag in Tag().Matches(Markup(html)))
        {
            foreach (Match attribute in LinkAttribute().Matches(tag.Groups["attributes"].Value))
            {
                yield return WebUtility.HtmlDecode(Value(attribute));
            }
        }
    }

    /// <summary>The ids of a page's elements, and the names of its <c>a</c> elements: what a fragment can point at.</summary>
    /// <param name="html">The page.</param>
    /// <returns>The targets, with entities decoded.</returns>
    public static HashSet<string> Targets(string html)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match tag in Tag().Matches(Markup(html)))
        {
            var isAnchor = tag.Groups["name"].Value.Equals("a", StringComparison.OrdinalIgnoreCase);
            foreach (Match attribute in IdAttribute().Matches(tag.Groups["attributes"].Value))
            {
                if (isAnchor || attribute.Groups["key"].Value.Equals("id", StringComparison.OrdinalIgnoreCase))
                {
                    targets.Add(WebUtility.HtmlDecode(Value(attribute)));
                }
            }
        }

        return targets;
    }

    private static string Markup(string html) => Unread().Replace(html, string.Empty);

    private static string Value(Match attribute)
        => attribute.Groups["double"].Success ? attribute.Groups["double"].Value
            : attribute.Groups["single"].Success ? attribute.Groups["single"].Value
            : attribute.Groups["bare"].Value;

    [GeneratedRegex(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Unread();

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>(?:\s[^>]*)?)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s(?<key>href|src)\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s""'>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"\s(?<key>id|name)\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s""'>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
