namespace LaborStandard.Model;

/// <summary>
/// The names of the rules that documents and values of the library must keep: standard documents, rule documents and
/// candidate profiles. Every validation error, whether thrown by a constructor or reported by a document reader, names
/// one of them.
/// </summary>
/// <remarks>The names are stable identifiers: callers may switch on them. This type is thread-safe.</remarks>
public static class StandardRules
{
    /// <summary>A text is missing, empty, or lacks its Chinese or English form.</summary>
    public const string TextRequired = "text-required";

    /// <summary>A code is not a dotted sequence of positive numbers with the expected number of parts.</summary>
    public const string CodeFormat = "code-format";

    /// <summary>Two siblings share a code (printed or corrected).</summary>
    public const string CodeUnique = "code-unique";

    /// <summary>A child's code does not begin with its parent's code.</summary>
    public const string CodeUnderParent = "code-under-parent";

    /// <summary>A level is not one of the five national ranks, or is not defined by the standard.</summary>
    public const string LevelDefined = "level-defined";

    /// <summary>A level appears twice where each level may appear once.</summary>
    public const string LevelUnique = "level-unique";

    /// <summary>A level's weights in a weight table do not sum to 100 per cent.</summary>
    public const string WeightsSum = "weights-sum";

    /// <summary>A weight row points at a part of the standard that does not exist.</summary>
    public const string WeightTarget = "weight-target";

    /// <summary>Numbered items are not numbered 1, 2, 3 … in order.</summary>
    public const string ItemNumber = "item-number";

    /// <summary>A number is outside the range the standard allows (hours, marks, ratios, minutes).</summary>
    public const string Range = "range";

    /// <summary>A correction does not agree with what it corrects.</summary>
    public const string Correction = "correction";

    /// <summary>A required member is missing or null, or a list holds a null entry.</summary>
    public const string Required = "required";

    /// <summary>A kind, role, scope or status has a value the model does not define.</summary>
    public const string UnknownValue = "unknown-value";

    /// <summary>Each assessment kind must appear exactly once.</summary>
    public const string KindUnique = "kind-unique";

    /// <summary>The parts of a standard disagree (the overview's occupation code differs from the edition's …).</summary>
    public const string Consistency = "consistency";

    /// <summary>A period ends before it starts.</summary>
    public const string DateOrder = "date-order";

    /// <summary>A rule document names a predicate the engine does not define.</summary>
    public const string UnknownPredicate = "unknown-predicate";

    /// <summary>A rule can never hold, or does not fit the standard it is for.</summary>
    public const string RuleConsistency = "rule-consistency";

    /// <summary>The input is not well-formed JSON (truncated, invalid syntax, invalid UTF-8).</summary>
    public const string JsonSyntax = "json-syntax";

    /// <summary>A JSON value has the wrong type for its member (a string where a number belongs …).</summary>
    public const string JsonType = "json-type";

    /// <summary>A JSON object has a member the format does not define.</summary>
    public const string JsonUnknownMember = "json-unknown-member";

    /// <summary>A JSON object names the same member twice.</summary>
    public const string JsonDuplicateMember = "json-duplicate-member";

    /// <summary>The JSON nests deeper than the reader allows.</summary>
    public const string JsonDepth = "json-depth";

    /// <summary>The input is larger than the reader allows.</summary>
    public const string JsonSize = "json-size";

    /// <summary>A value of a rule set is outside the bounds of <c>RuleLimits</c> (years, hours, text length).</summary>
    public const string RuleRange = "rule-range";

    /// <summary>A rule set's combinations nest deeper than <c>RuleLimits.MaxDepth</c>.</summary>
    public const string RuleDepth = "rule-depth";

    /// <summary>A level's conditions are more than <c>RuleLimits.MaxConditions</c>.</summary>
    public const string RuleSize = "rule-size";

    /// <summary>A batch holds two candidate records under one id (the id names one candidate).</summary>
    public const string RepeatedId = "repeated-id";

    /// <summary>The document declares a format version this library does not read.</summary>
    public const string FormatVersion = "format-version";
}
