using System.Text.Json;
using Ardalis.GuardClauses;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard.Interop;

/// <summary>
/// A standard as a CASE 1.1 CFPackage (1EdTech Competencies and Academic Standards Exchange, JSON binding), the form in
/// which training providers and learning platforms exchange competency frameworks: export one, or read one that this
/// library exported back into an equal standard.
/// </summary>
/// <remarks>
/// <para>
/// The package holds the CFDocument (title, creator, version, language, adoption status); one CFItem per level,
/// occupational function, work content, skill and knowledge requirement and basic-requirement section, topic and item,
/// with its code as <c>humanCodingScheme</c> (a requirement's code marked <c>S</c> for a skill, <c>K</c> for knowledge,
/// so that skill 1.1.1 and knowledge 1.1.1 differ) and its Chinese text as <c>fullStatement</c>; the CFItemTypes of
/// those kinds; and only the associations the standard states: <c>isChildOf</c> with <c>sequenceNumber</c> for the tree
/// (chapters 2 and 3), and <c>precedes</c> from each level to the next senior one (chapter 3: the requirements rise level
/// by level, the senior covering the junior).
/// </para>
/// <para>
/// CASE holds one language per document, so the Chinese text (the authority) fills the CASE fields and the English
/// translation of each field is in the record's <c>extensions.laborStandard.en</c>. What CASE has no field for —
/// headings, corrections, footnotes, the overview, training hours, assessment parameters, weight tables and, when
/// supplied, eligibility rules — is in <c>extensions.laborStandard</c> of the CFDocument or of the item it belongs to,
/// in the shapes of the standard document format. Identifiers are name-based UUIDs (<see cref="CaseIdentifiers"/>):
/// the same edition always exports the same identifiers.
/// </para>
/// <para>Reading reports every problem at its JSON path with a rule name and never returns a half-built standard. Thread-safe.</para>
/// </remarks>
public static class CasePackage
{
    /// <summary>The CASE version the package declares (<c>caseVersion</c> of the CFDocument).</summary>
    public const string CaseVersion = "1.1";

    /// <summary>The version of this library's extension (<c>extensions.laborStandard.formatVersion</c> of the CFDocument).</summary>
    public const int ExtensionFormatVersion = 1;

    internal static readonly JsonDocumentFormat<CasePackageDto, OccupationalStandard> Format = new(
        "CASE package",
        CaseJsonContext.Default.CasePackageDto,
        (dto, errors) => new CasePackageReader(errors).Read(dto),
        _ => throw new NotSupportedException("A CASE package is written with its options."));

    /// <summary>Writes a standard as an indented UTF-8 CASE 1.1 CFPackage.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="options">Base URI, creator, time stamp, source and rules.</param>
    /// <returns>The package as JSON; the same standard and options always give the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> or <paramref name="options"/> is null.</exception>
    /// <example>
    /// <para>Exporting the standard as a 1EdTech CASE package, told where it will be served, by whom and as of when.</para>
    /// <code language="csharp">
    /// var options = new CaseExportOptions(new Uri("https://example.org/case/"), "某市职业技能鉴定中心", new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    /// string caseJson = CasePackage.ToJson(Standards.Embedded, options);   // CFDocument, CFItems and CFAssociations
    /// File.WriteAllText("standard-3-01-01-02.case.json", caseJson);
    /// </code>
    /// </example>
    public static string ToJson(OccupationalStandard standard, CaseExportOptions options)
    {
        Guard.Against.Null(standard);
        Guard.Against.Null(options);
        return Format.ToJson(standard, write: s => CasePackageWriter.Write(s, options));
    }

    /// <summary>Writes a standard to a stream as a UTF-8 CASE 1.1 CFPackage.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="destination">The stream written to; not closed.</param>
    /// <param name="options">Base URI, creator, time stamp, source and rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/>, <paramref name="destination"/> or <paramref name="options"/> is null.</exception>
    public static void Save(OccupationalStandard standard, Stream destination, CaseExportOptions options)
    {
        Guard.Against.Null(standard);
        Guard.Against.Null(destination);
        Guard.Against.Null(options);
        Format.Save(standard, destination, write: s => CasePackageWriter.Write(s, options));
    }

    /// <summary>Reads a CASE package that this library exported, reporting problems instead of throwing.</summary>
    /// <param name="utf8Json">The package as UTF-8 JSON; a byte-order mark is accepted.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found, each with its JSON path and rule.</returns>
    public static DocumentResult<OccupationalStandard> Read(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Format.Read(utf8Json, options);

    /// <summary>Reads a CASE package given as a string.</summary>
    /// <param name="json">The package.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <example>
    /// <para>Reading a CASE package back into the standard.</para>
    /// <code language="csharp">
    /// var result = CasePackage.Read(File.ReadAllText("standard-3-01-01-02.case.json"));
    /// OccupationalStandard? standard = result.Value;   // null, with result.Errors naming each problem, when the package is not valid
    /// </code>
    /// </example>
    public static DocumentResult<OccupationalStandard> Read(string json, DocumentReadOptions? options = null) => Format.Read(json, options);

    /// <summary>Reads a CASE package from a stream, reading at most the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The standard, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static DocumentResult<OccupationalStandard> Read(Stream utf8Json, DocumentReadOptions? options = null) => Format.Read(utf8Json, options);

    /// <summary>
    /// Tells whether JSON is a CASE package rather than a standard document, by content: the first top-level member that
    /// belongs to one form only decides (<c>CFDocument</c>, <c>CFItems</c>, <c>CFAssociations</c>, <c>CFDefinitions</c>,
    /// <c>CFRubrics</c> or CASE 1.0's <c>CFPackageURI</c> for a package; <c>formatVersion</c>, <c>edition</c> or another
    /// member of the standard document format for a standard document).
    /// </summary>
    /// <param name="utf8Json">The JSON as UTF-8; a byte-order mark is accepted.</param>
    /// <returns>
    /// <see langword="true"/> for a package; <see langword="false"/> for a standard document and for anything that is
    /// neither or is not JSON (the standard document's reader then says what is wrong).
    /// </returns>
    /// <remarks>Only the top level is looked at, and the look stops at the deciding member: a document is not read twice.</remarks>
    public static bool IsPackage(ReadOnlySpan<byte> utf8Json)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json[bom.Length..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = DocumentReadOptions.Default.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                foreach (var member in PackageMembers)
                {
                    if (reader.ValueTextEquals(member))
                    {
                        return true;
                    }
                }

                foreach (var member in StandardDocumentMembers)
                {
                    if (reader.ValueTextEquals(member))
                    {
                        return false;
                    }
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: the standard document's reader reports where and why.
        }

        return false;
    }

    /// <summary>
    /// Reads the eligibility rules a package carries in <c>CFDocument.extensions.laborStandard.eligibilityRules</c>
    /// (see <see cref="CaseExportOptions.EligibilityRules"/>), checked against the standard when one is given.
    /// </summary>
    /// <param name="json">The package.</param>
    /// <param name="standard">The standard the rules are for, e.g. the one <see cref="Parse(string)"/> reads from the same package; null to skip that check.</param>
    /// <returns>The rules, or every problem found; a package without rules is an error at the extension's path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentResult<EligibilityRules> ReadEligibilityRules(string json, OccupationalStandard? standard = null)
    {
        Guard.Against.Null(json);
        const string path = "$.CFDocument.extensions.laborStandard.eligibilityRules";
        return RulesFormat.Read(json, DocumentReadOptions.Default, (dto, errors) =>
        {
            if (dto.Document?.Extensions?.LaborStandard?.EligibilityRules is not { } carried)
            {
                errors.Add(path, StandardRules.Required, NoRules);
                return null;
            }

            var rules = new RuleDocumentReader(errors, path).Read(carried);
            if (rules is not null && standard is not null)
            {
                RuleDocument.AddProblems(rules, standard, errors, path);
            }

            return rules;
        });
    }

    /// <summary>Reads a CASE package, throwing when it is not one this library can read back.</summary>
    /// <param name="json">The package.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The package is invalid; its errors list every problem.</exception>
    public static OccupationalStandard Parse(string json) => Format.OrThrow(Read(json));

    /// <summary>Reads a CASE package from a stream, throwing when it is not one this library can read back.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DocumentException">The package is invalid; its errors list every problem.</exception>
    public static OccupationalStandard Load(Stream utf8Json) => Format.OrThrow(Read(utf8Json));

    private static readonly LocalizedText NoRules = new("缺失：此包导出时未附带申报条件规则。", "is missing: the package was exported without eligibility rules.");

    private static readonly string[] PackageMembers = ["CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics", "CFPackageURI"];

    private static readonly string[] StandardDocumentMembers =
        ["formatVersion", "edition", "headings", "overview", "assessment", "basicRequirements", "workRequirements", "weightTables"];

    // The rules carried by a package: the same transfer shape, another value; never written on their own.
    private static readonly JsonDocumentFormat<CasePackageDto, EligibilityRules> RulesFormat = new(
        "CASE package", CaseJsonContext.Default.CasePackageDto, build: null, _ => throw new NotSupportedException());
}
