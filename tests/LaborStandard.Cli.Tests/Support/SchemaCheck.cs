using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LaborStandard.Cli.Tests.Support;

/// <summary>
/// A small JSON Schema checker for the keywords the published schemas of docs/schema use (type, required, properties,
/// additionalProperties false, items, enum, minLength, minimum, pattern, and $ref within the schema); enough to check real outputs against them.
/// </summary>
internal static class SchemaCheck
{
    /// <summary>Checks a document against a schema file of the repository.</summary>
    /// <param name="schemaPath">The schema's path from the repository's root.</param>
    /// <param name="json">The document.</param>
    /// <returns>Every violation, as "path: what"; empty when the document conforms.</returns>
    public static IReadOnlyList<string> Check(string schemaPath, string json)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Laborstd.PathOf(schemaPath)));
        using var document = JsonDocument.Parse(json);
        var problems = new List<string>();
        Check(schema.RootElement, schema.RootElement, document.RootElement, "$", problems);
        return problems;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            // Only references within the schema ("#/$defs/x") are followed: the published schemas keep each shape in one place.
            var target = reference.GetString()!;
            if (!target.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new ArgumentException($"The checker follows only references within the schema, not '{target}'.", nameof(schema));
            }

            schema = target[2..].Split('/').Aggregate(root, (node, name) => node.GetProperty(name));
        }

        if (schema.TryGetProperty("type", out var type) && !IsOfType(value, type.GetString()!))
        {
            problems.Add($"{path}: not of type {type.GetString()}");
            return;
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => c.GetRawText() == value.GetRawText()))
        {
            problems.Add($"{path}: {value.GetRawText()} is not one of {choices.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32())
            {
                problems.Add($"{path}: shorter than {min.GetInt32()}");
            }

            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                problems.Add($"{path}: does not match {pattern.GetString()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Number && schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
        {
            problems.Add($"{path}: below {minimum.GetDecimal()}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}: {r} is missing"));
            }

            foreach (var member in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var inner))
                {
                    Check(root, inner, member.Value, $"{path}.{member.Name}", problems);
                }
                else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{path}: {member.Name} is not allowed");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), problems);
            }
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new ArgumentException($"The checker does not know the type '{type}'.", nameof(type)),
    };
}
