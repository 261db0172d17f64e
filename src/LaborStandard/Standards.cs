using LaborStandard.Eligibility;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;
using LaborStandard.Serialization;

namespace LaborStandard;

/// <summary>
/// The standards this package ships, ready to use: <see cref="Embedded"/> is 3-01-01-02
/// 社区工作者（劳动保障专理员）国家职业技能标准（征求意见稿）, <see cref="EmbeddedRules"/> its application conditions
/// (1.9.1) as executable rules, and <see cref="EmbeddedEngine"/> the engine that decides them.
/// </summary>
/// <remarks>
/// This is the composition root of the library: the one place that puts the shipped data, the document readers and the
/// engine together; no other part of the library refers to it. Each part is read from a JSON document embedded in the
/// assembly on first use, validated once, and then shared: every call returns the same immutable instance. Thread-safe.
/// </remarks>
public static class Standards
{
    /// <summary>The occupation code of the embedded standard (1.2 职业编码).</summary>
    public const string EmbeddedOccupationCode = "3-01-01-02";

    private const string StandardResource = "LaborStandard.Data.standard-3-01-01-02.json";
    private const string RulesResource = "LaborStandard.Data.rules-3-01-01-02.json";
    private const string SkillLevelRulesResource = "LaborStandard.Data.rules-3-01-01-02-skill-level-certificates.json";

    // Read as UTF-8 bytes straight from the resource: no detour through a string and back.
    private static readonly Lazy<OccupationalStandard> Shipped = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<EligibilityRules> ShippedRules = new(LoadEmbeddedRules, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<EligibilityRules> ShippedSkillLevelRules = new(() => LoadRules(SkillLevelRulesResource), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<EligibilityEngine> ShippedEngine = new(() => new EligibilityEngine(Embedded, EmbeddedRules), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the embedded standard 3-01-01-02 (征求意见稿), loaded and validated on first use.</summary>
    /// <example>
    /// <para>The standard shipped in the assembly; nothing to download or configure.</para>
    /// <code language="csharp">
    /// OccupationalStandard standard = Standards.Embedded;   // read from the assembly once, on first use
    /// Console.WriteLine(standard.WorkRequirements.Find(SkillLevel.Level3, RequirementKind.Skill, "2.4.2")!.Text.Chinese);
    /// </code>
    /// </example>
    public static OccupationalStandard Embedded => Shipped.Value;

    /// <summary>Gets the application conditions of the embedded standard's levels (1.9.1) as rules, loaded and checked against it on first use.</summary>
    public static EligibilityRules EmbeddedRules => ShippedRules.Value;

    /// <summary>Gets the engine of the embedded standard and its rules, with default options (no related occupations, no gap tolerated).</summary>
    /// <example>
    /// <para>The engine over the shipped standard and its rules of 1.9.1.</para>
    /// <code language="csharp">
    /// var candidate = new CandidateProfile(
    ///     education: new EducationRecord(EducationLevel.SeniorSecondary),
    ///     schooling: [], certificates: [], trainings: [],
    ///     workHistory: [new WorkPeriod("3-01-01-02", new DateOnly(2025, 8, 30))]);
    /// var decision = Standards.EmbeddedEngine.Evaluate(candidate, SkillLevel.Level4, new DateOnly(2026, 11, 29));
    /// Console.WriteLine(decision.Verdict);   // NotEligible: two years of continuous work are not complete
    /// </code>
    /// </example>
    public static EligibilityEngine EmbeddedEngine => ShippedEngine.Value;

    /// <summary>The name of the shipped rules that are the seed's own words (<see cref="EmbeddedRules"/>).</summary>
    public const string DefaultRulesName = "default";

    /// <summary>
    /// The name of the shipped rules that extend 1.9.1 beyond the seed: wherever the draft asks for a
    /// 职业资格证书 (vocational qualification certificate), a 职业技能等级证书 (vocational skill level certificate) of
    /// the same level counts too, as most candidates hold one since the 2019–2020 reform. Not the draft's text.
    /// </summary>
    public const string SkillLevelCertificateRulesName = Eligibility.Evaluation.DecisionTexts.SkillLevelRulesName;

    /// <summary>Gets the names of the rules this package ships, for <see cref="Rules(string)"/>.</summary>
    public static IReadOnlyList<string> RulesNames { get; } = [DefaultRulesName, SkillLevelCertificateRulesName];

    /// <summary>Gets shipped rules by name: <c>default</c> (the seed's words) or <c>skill-level-certificates</c> (which also accepts skill level certificates).</summary>
    /// <param name="name">The name, one of <see cref="RulesNames"/> (case ignored).</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No shipped rules have that name; the message lists the names.</exception>
    /// <example>
    /// <code>
    /// var engine = new EligibilityEngine(Standards.Embedded, Standards.Rules(Standards.SkillLevelCertificateRulesName));
    /// </code>
    /// </example>
    public static EligibilityRules Rules(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGetRules(name, out var rules)
            ? rules
            : throw new ArgumentException($"No shipped rules are named '{name}'; the names are {string.Join(", ", RulesNames)}.", nameof(name));
    }

    /// <summary>Gets shipped rules by name, if there are such.</summary>
    /// <param name="name">The name, one of <see cref="RulesNames"/> (case ignored).</param>
    /// <param name="rules">The rules, when found.</param>
    /// <returns>Whether shipped rules have that name.</returns>
    public static bool TryGetRules(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EligibilityRules? rules)
    {
        rules = name?.Trim().ToUpperInvariant() switch
        {
            "DEFAULT" => EmbeddedRules,
            "SKILL-LEVEL-CERTIFICATES" => ShippedSkillLevelRules.Value,
            _ => null,
        };
        return rules is not null;
    }

    /// <summary>Reads the embedded standard's JSON document as shipped, for export or for a caller's own edits.</summary>
    /// <returns>The document text.</returns>
    public static string ReadEmbeddedJson() => ReadResource(StandardResource);

    /// <summary>Reads the embedded rule document as shipped, for a caller who writes a local policy starting from it.</summary>
    /// <returns>The document text.</returns>
    public static string ReadEmbeddedRulesJson() => ReadResource(RulesResource);

    private static OccupationalStandard LoadEmbedded()
    {
        using var stream = OpenResource(StandardResource);
        return StandardDocument.Load(stream);
    }

    private static EligibilityRules LoadEmbeddedRules() => LoadRules(RulesResource);

    private static EligibilityRules LoadRules(string resource)
    {
        using var stream = OpenResource(resource);
        return RuleDocument.Format.OrThrow(RuleDocument.Read(stream, Embedded));
    }

    private static string ReadResource(string name)
    {
        using var stream = OpenResource(name);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Stream OpenResource(string name)
        => typeof(Standards).Assembly.GetManifestResourceStream(name)
           ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the assembly; the package is damaged.");
}
