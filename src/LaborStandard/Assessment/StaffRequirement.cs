using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Assessment;

/// <summary>
/// 配比要求 — the staff one unit of an assessment needs under clause 1.9.3: one per <see cref="StaffingRule.CandidatesPerStaff"/>
/// candidates rounded up, never fewer than the minimum, and the next odd number where the count must be odd.
/// </summary>
/// <remarks>
/// <para>
/// The unit is a room of the theory knowledge examination (每个考场, 监考人员) or the skill assessment as a whole, whose
/// evaluators (考评人员) form one panel for all its candidates; the standard's <see cref="StaffingRule.Scope"/> says which.
/// </para>
/// <para>A unit without candidates needs no staff. Immutable and thread-safe; equality is by value.</para>
/// </remarks>
public sealed class StaffRequirement : IEquatable<StaffRequirement>
{
    internal StaffRequirement(StaffingRule rule, int candidates)
    {
        Rule = rule;
        Candidates = candidates;
        // ⌈n / ratio⌉ without the overflow of (n + ratio - 1) / ratio near int.MaxValue.
        ByRatio = (candidates / rule.CandidatesPerStaff) + (candidates % rule.CandidatesPerStaff == 0 ? 0 : 1);
        var required = candidates == 0 ? 0 : Math.Max(rule.MinimumStaff, ByRatio);
        Required = rule.RequiresOddCount && required % 2 == 0 && required > 0 ? required + 1 : required;
    }

    /// <summary>Gets the staffing rule applied, as the standard sets it.</summary>
    public StaffingRule Rule { get; }

    /// <summary>Gets the kind of assessment.</summary>
    public AssessmentKind Kind => Rule.Kind;

    /// <summary>Gets the staff: proctors (监考人员) or evaluators (考评人员).</summary>
    public StaffRole Role => Rule.Role;

    /// <summary>Gets the candidates of the unit.</summary>
    public int Candidates { get; }

    /// <summary>Gets the staff the ratio alone asks for: the candidates divided by <see cref="StaffingRule.CandidatesPerStaff"/>, rounded up.</summary>
    public int ByRatio { get; }

    /// <summary>Gets the least staff the unit needs: the ratio's count, at least the minimum, odd where the rule asks.</summary>
    public int Required { get; }

    /// <summary>Gets the clause the requirement rests on: <c>1.9.3</c>.</summary>
    public string Clause { get; } = AssessmentClauses.Staffing;

    /// <summary>Gets how the count is reached, in words.</summary>
    /// <value>For example 31 名考生：按 1：15 配比需 3 名，不少于 2 名，应配监考人员 3 名（1.9.3）。</value>
    public LocalizedText Explanation
    {
        get
        {
            var staff = Vocabulary.Staff(Role);
            var odd = Rule.RequiresOddCount;
            return new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"{Candidates} 名考生：按 1：{Rule.CandidatesPerStaff} 配比需 {ByRatio} 名，不少于 {Rule.MinimumStaff} 名{(odd ? "且为单数" : string.Empty)}，应配{staff.Chinese} {Required} 名（{Clause}）。"),
                string.Create(CultureInfo.InvariantCulture, $"{Vocabulary.Candidates(Candidates)}: {ByRatio} by the ratio 1:{Rule.CandidatesPerStaff}, at least {Rule.MinimumStaff}{(odd ? ", an odd number" : string.Empty)}: {Vocabulary.Staff(Role, Required)} ({Clause})."));
        }
    }

    /// <inheritdoc />
    public bool Equals(StaffRequirement? other) => other is not null && Rule.Equals(other.Rule) && Candidates == other.Candidates;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StaffRequirement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Candidates);

    /// <summary>Returns the candidates and the staff required.</summary>
    /// <returns>For example "31 candidates → 3 Proctor (1.9.3)".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Candidates} candidates → {Required} {Role} ({Clause})");
}
