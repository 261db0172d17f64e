using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LaborStandard.Tests.Interop;

/// <summary>
/// The checks of 1EdTech's CASE 1.1 JSON Schema binding (case-v1p1-cfpackage-schema.json, "getCFPackage-200-
/// responsepayload", as kept in the opensalt/opensalt repository at core/config/schema/) that apply to what the export
/// writes, restated as code: required and allowed members of each record (the schema's additionalProperties is false),
/// the identifier pattern, the association type vocabulary, caseVersion, date-time and URI formats, and member types.
/// </summary>
public static partial class CaseSchema
{
    /// <summary>CASE 1.1 associationType enumeration; other values must match the extension pattern <c>(ext:)[a-zA-Z0-9\.\-_]+</c>.</summary>
    public static readonly string[] AssociationTypes =
        ["isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf"];

    private static readonly Shape Package = new(
        ["CFDocument"],
        ["CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics", "extensions"]);

    // CFPckgDocumentDType
    private static readonly Shape Document = new(
        ["identifier", "uri", "creator", "title", "lastChangeDateTime"],
        ["identifier", "uri", "frameworkType", "caseVersion", "creator", "title", "lastChangeDateTime", "officialSourceURL", "publisher", "description", "subject", "subjectURI", "language", "version", "adoptionStatus", "statusStartDate", "statusEndDate", "licenseURI", "notes", "extensions"]);

    // CFPckgItemDType
    private static readonly Shape Item = new(
        ["identifier", "fullStatement", "uri", "lastChangeDateTime"],
        ["identifier", "fullStatement", "alternativeLabel", "CFItemType", "uri", "humanCodingScheme", "listEnumeration", "abbreviatedStatement", "conceptKeywords", "conceptKeywordsURI", "notes", "subject", "subjectURI", "language", "educationLevel", "CFItemTypeURI", "licenseURI", "statusStartDate", "statusEndDate", "lastChangeDateTime", "extensions"]);

    // CFPckgAssociationDType
    private static readonly Shape Association = new(
        ["identifier", "associationType", "uri", "originNodeURI", "destinationNodeURI", "lastChangeDateTime"],
        ["identifier", "associationType", "sequenceNumber", "uri", "originNodeURI", "destinationNodeURI", "CFAssociationGroupingURI", "lastChangeDateTime", "notes", "extensions"]);

    // CFDefinitionDType
    private static readonly Shape Definitions = new([], ["CFConcepts", "CFSubjects", "CFLicenses", "CFItemTypes", "CFAssociationGroupings", "extensions"]);

    // CFItemTypeDType
    private static readonly Shape ItemType = new(
        ["identifier", "uri", "title", "description", "hierarchyCode", "lastChangeDateTime"],
        ["identifier", "uri", "title", "description", "hierarchyCode", "typeCode", "lastChangeDateTime", "extensions"]);

    // LinkGenURIDType (association ends; identifier has no pattern) and LinkURIDType (identifier is a UUID).
    private static readonly Shape LinkGen = new(["title", "identifier", "uri"], ["title", "identifier", "uri", "targetType"]);
    private static readonly Shape Link = new(["title", "identifier", "uri"], ["title", "identifier", "uri"]);

    private static readonly string[] StringMembers =
    [
        "identifier", "uri", "frameworkType", "creator", "title", "lastChangeDateTime", "officialSourceURL", "publisher", "description",
        "language", "version", "adoptionStatus", "notes", "fullStatement", "alternativeLabel", "CFItemType", "humanCodingScheme",
        "listEnumeration", "abbreviatedStatement", "associationType", "hierarchyCode", "typeCode",
    ];

    /// <summary>Checks a package; returns one line per violation, empty when the package keeps every check.</summary>
    public static IReadOnlyList<string> Violations(JsonNode package)
    {
        var found = new List<string>();
        if (Check(package, "$", Package, found) is not { } root)
        {
            return found;
        }

        if (Check(root["CFDocument"], "$.CFDocument", Document, found) is { } document)
        {
            Uuid(document, "$.CFDocument", found);
            if (document["caseVersion"] is { } version && version.GetValue<string>() != "1.1")
            {
                found.Add("$.CFDocument.caseVersion: must be 1.1");
            }
        }

        Each(root, "CFItems", found, (item, path) =>
        {
            if (Check(item, path, Item, found) is { } o)
            {
                Uuid(o, path, found);
                if (o["CFItemTypeURI"] is { } link && Check(link, path + ".CFItemTypeURI", Link, found) is { } l)
                {
                    Uuid(l, path + ".CFItemTypeURI", found);
                }
            }
        });

        Each(root, "CFAssociations", found, (association, path) =>
        {
            if (Check(association, path, Association, found) is not { } o)
            {
                return;
            }

            Uuid(o, path, found);
            var type = o["associationType"]?.GetValue<string>();
            if (type is not null && !AssociationTypes.Contains(type) && !ExtensionType().IsMatch(type))
            {
                found.Add($"{path}.associationType: '{type}' is not in the vocabulary");
            }

            if (o["sequenceNumber"] is { } sequence && sequence.GetValueKind() != JsonValueKind.Number)
            {
                found.Add($"{path}.sequenceNumber: must be an integer");
            }

            Check(o["originNodeURI"], path + ".originNodeURI", LinkGen, found);
            Check(o["destinationNodeURI"], path + ".destinationNodeURI", LinkGen, found);
        });

        if (root["CFDefinitions"] is { } definitions && Check(definitions, "$.CFDefinitions", Definitions, found) is { } d)
        {
            Each(d, "CFItemTypes", found, (type, path) =>
            {
                if (Check(type, path, ItemType, found) is { } o)
                {
                    Uuid(o, path, found);
                }
            }, "$.CFDefinitions");
        }

        return found;
    }

    /// <summary>Whether a string keeps the schema's identifier pattern (anchored here: the whole value must match).</summary>
    public static bool IsIdentifier(string value) => IdentifierPattern().IsMatch(value);

    private static JsonObject? Check(JsonNode? node, string path, Shape shape, List<string> found)
    {
        if (node is not JsonObject o)
        {
            found.Add($"{path}: must be an object");
            return null;
        }

        foreach (var required in shape.Required)
        {
            if (o[required] is null)
            {
                found.Add($"{path}.{required}: is required");
            }
        }

        foreach (var (name, value) in o)
        {
            var at = $"{path}.{name}";
            if (!shape.Allowed.Contains(name))
            {
                found.Add($"{at}: is not a member of this record");
            }
            else if (StringMembers.Contains(name) && value?.GetValueKind() != JsonValueKind.String)
            {
                found.Add($"{at}: must be a string");
            }
            else if (name == "extensions" && value is not JsonObject)
            {
                found.Add($"{at}: must be an object");
            }
            else if (name == "lastChangeDateTime" && !IsDateTime(value!.GetValue<string>()))
            {
                found.Add($"{at}: '{value}' is not an RFC 3339 date-time");
            }
            else if (name is "uri" or "officialSourceURL" && !Uri.TryCreate(value!.GetValue<string>(), UriKind.Absolute, out _))
            {
                found.Add($"{at}: '{value}' is not an absolute URI");
            }
        }

        return o;
    }

    private static void Uuid(JsonObject record, string path, List<string> found)
    {
        if (record["identifier"] is { } id && id.GetValueKind() == JsonValueKind.String && !IsIdentifier(id.GetValue<string>()))
        {
            found.Add($"{path}.identifier: '{id}' does not match the UUID pattern");
        }
    }

    private static void Each(JsonObject parent, string member, List<string> found, Action<JsonNode?, string> check, string at = "$")
    {
        if (parent[member] is null)
        {
            return;
        }

        if (parent[member] is not JsonArray array)
        {
            found.Add($"{at}.{member}: must be an array");
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            check(array[i], string.Create(CultureInfo.InvariantCulture, $"{at}.{member}[{i}]"));
        }
    }

    private static bool IsDateTime(string value)
        => DateTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[8-9a-b]{1}[0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^(ext:)[a-zA-Z0-9\.\-_]+$")]
    private static partial Regex ExtensionType();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTime();

    private sealed record Shape(string[] Required, string[] Allowed);
}
