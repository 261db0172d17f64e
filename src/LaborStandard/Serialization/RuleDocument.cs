using Ardalis.GuardClauses;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>
/// The JSON document of eligibility rules: the application conditions of a standard's levels as a tree of typed
/// predicates, with no code or expressions. The shipped rules of 3-01-01-02 are one; a caller may write its own for
/// another standard or a local policy.
/// </summary>
/// <remarks>
/// A predicate the rule language does not define is rejected with its JSON path (<see cref="StandardRules.UnknownPredicate"/>);
/// given the standard the rules are for, the reader also checks that they fit it. Thread-safe.
/// </remarks>
public static class RuleDocument
{
    /// <summary>The format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    internal static readonly JsonDocumentFormat<RulesDto, EligibilityRules> Format = new(
        "rule document",
        DocumentJsonContext.Default.RulesDto,
        (dto, errors) => new RuleDocumentReader(errors).Read(dto),
        rules => RuleDocumentWriter.Write(rules, schema: null));

    /// <summary>Reads and validates a rule document, reporting problems instead of throwing.</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON.</param>
    /// <param name="standard">The standard the rules are for; when given, the rules are also checked against it.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The rules, or every problem found.</returns>
    public static DocumentResult<EligibilityRules> Read(ReadOnlySpan<byte> utf8Json, OccupationalStandard? standard = null, DocumentReadOptions? options = null)
        => Format.Read(utf8Json, options, Against(standard));

    /// <summary>Reads and validates a rule document given as a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="standard">The standard the rules are for; when given, the rules are also checked against it.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The rules, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentResult<EligibilityRules> Read(string json, OccupationalStandard? standard = null, DocumentReadOptions? options = null)
        => Format.Read(json, options, Against(standard));

    /// <summary>Reads and validates a rule document from a stream, reading at most the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="standard">The standard the rules are for; when given, the rules are also checked against it.</param>
    /// <param name="options">Size and depth limits; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The rules, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static DocumentResult<EligibilityRules> Read(Stream utf8Json, OccupationalStandard? standard = null, DocumentReadOptions? options = null)
        => Format.Read(utf8Json, options, Against(standard));

    /// <summary>Reads a rule document, throwing when it is invalid.</summary>
    /// <param name="json">The document.</param>
    /// <param name="standard">The standard the rules are for; when given, the rules are also checked against it.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document is invalid; its errors list every problem.</exception>
    public static EligibilityRules Parse(string json, OccupationalStandard? standard = null) => Format.OrThrow(Read(json, standard));

    /// <summary>Writes rules as an indented JSON document that <see cref="Parse"/> reads back equal.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="schema">The <c>$schema</c> to name, or null for none.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static string ToJson(EligibilityRules rules, string? schema = null)
    {
        Guard.Against.Null(rules);
        return Format.ToJson(rules, write: r => RuleDocumentWriter.Write(r, schema));
    }

    /// <summary>Reports, under <paramref name="root"/>, every way the rules do not fit the standard.</summary>
    internal static void AddProblems(EligibilityRules rules, OccupationalStandard standard, DocumentErrors errors, string root)
    {
        foreach (var problem in RuleValidator.Validate(rules, standard))
        {
            errors.Add(DocumentErrors.Member(root, problem.Member), problem.Rule, problem.Text);
        }
    }

    private static Func<RulesDto, DocumentErrors, EligibilityRules?>? Against(OccupationalStandard? standard)
        => standard is null ? null : (dto, errors) =>
        {
            var rules = new RuleDocumentReader(errors).Read(dto);
            if (rules is not null)
            {
                AddProblems(rules, standard, errors, "$");
            }

            return rules;
        };
}
