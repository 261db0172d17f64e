using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LaborStandard.Tests.Support;

/// <summary>Edits a JSON document at a JSON path such as <c>$.weightTables[0].rows[1].weights[0].percent</c>, for tests that break one rule.</summary>
public static partial class JsonEdit
{
    /// <summary>Parses <paramref name="json"/>, applies <paramref name="edit"/> to the node's parent at <paramref name="path"/>, and returns the new document.</summary>
    public static string Apply(string json, string path, Action<JsonNode, string> edit)
    {
        var root = JsonNode.Parse(json)!;
        var (parent, last) = Locate(root, path);
        edit(parent, last);
        return root.ToJsonString();
    }

    /// <summary>Sets the value at <paramref name="path"/>.</summary>
    public static string Set(string json, string path, JsonNode? value)
        => Apply(json, path, (parent, last) =>
        {
            if (parent is JsonArray array)
            {
                array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
            }
            else
            {
                parent[last] = value;
            }
        });

    /// <summary>Removes the member or array entry at <paramref name="path"/>.</summary>
    public static string Remove(string json, string path)
        => Apply(json, path, (parent, last) =>
        {
            if (parent is JsonArray array)
            {
                array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                parent.AsObject().Remove(last);
            }
        });

    /// <summary>Reads the node at <paramref name="path"/>.</summary>
    public static JsonNode? Get(string json, string path)
    {
        var (parent, last) = Locate(JsonNode.Parse(json)!, path);
        return parent is JsonArray array ? array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] : parent[last];
    }

    private static (JsonNode Parent, string Last) Locate(JsonNode root, string path)
    {
        var segments = Segment().Matches(path).Select(m => m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["index"].Value).ToList();
        var node = root;
        foreach (var segment in segments.Take(segments.Count - 1))
        {
            node = (node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : node[segment])
                ?? throw new ArgumentException($"{path}: no node at '{segment}'.", nameof(path));
        }

        return (node, segments[^1]);
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z$][A-Za-z0-9]*)|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
