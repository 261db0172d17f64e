using System.Collections.Immutable;
using System.Globalization;

namespace LaborStandard.Model;

/// <summary>
/// 职业技能鉴定要求 — clause 1.9: application conditions per level (1.9.1), the kinds of assessment and their scoring
/// (1.9.2), staffing ratios (1.9.3), minimum durations (1.9.4) and the venue (1.9.5). Each paragraph is kept as
/// printed beside the typed figures read from it.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed class AssessmentRequirements : IEquatable<AssessmentRequirements>
{
    /// <summary>Creates the assessment requirements.</summary>
    /// <param name="applicationConditions">1.9.1, one entry per level, junior first.</param>
    /// <param name="methodsText">1.9.2, the sentence that introduces the kinds of assessment.</param>
    /// <param name="methods">1.9.2, one method per kind of assessment.</param>
    /// <param name="scoring">1.9.2, the scoring rule.</param>
    /// <param name="staffingText">1.9.3 as printed.</param>
    /// <param name="staffing">1.9.3, one rule per kind of assessment.</param>
    /// <param name="durationsText">1.9.4 as printed.</param>
    /// <param name="durations">1.9.4, one rule per kind of assessment.</param>
    /// <param name="venue">1.9.5 as printed.</param>
    /// <exception cref="ModelRuleException">A value is missing, a level appears twice, or a kind is missing or appears twice.</exception>
    public AssessmentRequirements(
        ImmutableArray<ApplicationConditions> applicationConditions,
        LocalizedText methodsText,
        ImmutableArray<AssessmentMethod> methods,
        ScoringRule scoring,
        LocalizedText staffingText,
        ImmutableArray<StaffingRule> staffing,
        LocalizedText durationsText,
        ImmutableArray<DurationRule> durations,
        LocalizedText venue)
    {
        ApplicationConditions = Invariant.Items(applicationConditions, "applicationConditions");
        for (var i = 0; i < applicationConditions.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                Invariant.Require(
                    applicationConditions[j].Level != applicationConditions[i].Level,
                    StandardRules.LevelUnique,
                    Invariant.Indexed("applicationConditions", i) + ".level",
                    $"{applicationConditions[i].Level}的申报条件出现两次。",
                    $"{applicationConditions[i].Level} has application conditions twice.");
            }
        }

        MethodsText = Invariant.NotNull(methodsText, "methodsText");
        Methods = OnePerKind(methods, "methods", m => m.Kind);
        Scoring = Invariant.NotNull(scoring, "scoring");
        StaffingText = Invariant.NotNull(staffingText, "staffingText");
        Staffing = OnePerKind(staffing, "staffing", s => s.Kind);
        DurationsText = Invariant.NotNull(durationsText, "durationsText");
        Durations = OnePerKind(durations, "durations", d => d.Kind);
        Venue = Invariant.NotNull(venue, "venue");
    }

    /// <summary>Gets 1.9.1, the application conditions of each level, junior first.</summary>
    public ImmutableArray<ApplicationConditions> ApplicationConditions { get; }

    /// <summary>Gets 1.9.2, the sentence that introduces the kinds of assessment (分为理论知识考试、技能考核。).</summary>
    public LocalizedText MethodsText { get; }

    /// <summary>Gets 1.9.2, the kinds of assessment, theory first.</summary>
    public ImmutableArray<AssessmentMethod> Methods { get; }

    /// <summary>Gets 1.9.2, the scoring rule: 100 points, 60 inclusive to pass, for each part.</summary>
    public ScoringRule Scoring { get; }

    /// <summary>Gets 1.9.3 as printed.</summary>
    public LocalizedText StaffingText { get; }

    /// <summary>Gets 1.9.3, the staffing rule of each kind of assessment.</summary>
    public ImmutableArray<StaffingRule> Staffing { get; }

    /// <summary>Gets 1.9.4 as printed.</summary>
    public LocalizedText DurationsText { get; }

    /// <summary>Gets 1.9.4, the minimum duration of each kind of assessment.</summary>
    public ImmutableArray<DurationRule> Durations { get; }

    /// <summary>Gets 1.9.5, the venue and equipment, as printed.</summary>
    public LocalizedText Venue { get; }

    /// <summary>Finds the application conditions of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The conditions, or <see langword="null"/> when the standard gives none for the level.</returns>
    public ApplicationConditions? FindApplicationConditions(SkillLevel level) => Sequence.ForLevel(ApplicationConditions, level);

    /// <summary>Gets the method of a kind of assessment.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The method.</returns>
    public AssessmentMethod GetMethod(AssessmentKind kind) => Pick(Methods, kind, m => m.Kind);

    /// <summary>Gets the staffing rule of a kind of assessment.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The rule.</returns>
    public StaffingRule GetStaffing(AssessmentKind kind) => Pick(Staffing, kind, s => s.Kind);

    /// <summary>Gets the duration rule of a kind of assessment.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The rule.</returns>
    public DurationRule GetDuration(AssessmentKind kind) => Pick(Durations, kind, d => d.Kind);

    /// <inheritdoc />
    public bool Equals(AssessmentRequirements? other)
        => other is not null
           && Sequence.Equal(ApplicationConditions, other.ApplicationConditions)
           && MethodsText.Equals(other.MethodsText)
           && Sequence.Equal(Methods, other.Methods)
           && Scoring.Equals(other.Scoring)
           && StaffingText.Equals(other.StaffingText)
           && Sequence.Equal(Staffing, other.Staffing)
           && DurationsText.Equals(other.DurationsText)
           && Sequence.Equal(Durations, other.Durations)
           && Venue.Equals(other.Venue);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessmentRequirements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence.Hash(ApplicationConditions), Scoring, Sequence.Hash(Staffing), Sequence.Hash(Durations));

    /// <summary>Returns a one-line summary.</summary>
    /// <returns>The scoring rule and the number of levels with conditions.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"1.9: {ApplicationConditions.Length} levels, pass {Scoring}");

    private static ImmutableArray<T> OnePerKind<T>(ImmutableArray<T> items, string member, Func<T, AssessmentKind> kindOf)
        where T : class
    {
        Invariant.Items(items, member);
        foreach (var kind in (ReadOnlySpan<AssessmentKind>)[AssessmentKind.Theory, AssessmentKind.Skill])
        {
            var count = 0;
            foreach (var item in items)
            {
                count += kindOf(item) == kind ? 1 : 0;
            }

            Invariant.Require(count == 1, StandardRules.KindUnique, member, $"{ModelTexts.Chinese(kind)}应恰有一项，实有 {count} 项。", $"needs exactly one entry for {kind}, has {count}.");
        }

        return items;
    }

    private static T Pick<T>(ImmutableArray<T> items, AssessmentKind kind, Func<T, AssessmentKind> kindOf)
    {
        Invariant.Enum(kind, nameof(kind));
        foreach (var item in items)
        {
            if (kindOf(item) == kind)
            {
                return item;
            }
        }

        throw new InvalidOperationException("Unreachable: every kind is present, as the constructor checked.");
    }
}
