using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LaborStandard.Model;

namespace LaborStandard.Interop.Editions;

/// <summary>
/// The differences between two editions of a standard, in the order of the standard (edition, chapter 1, 1.9,
/// chapter 2, chapter 3 level by level, chapter 4), as <see cref="StandardComparison.Compare"/> finds them.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StandardDiff
{
    internal StandardDiff(StandardEdition from, StandardEdition to, ImmutableArray<StandardChange> changes)
    {
        From = from;
        To = to;
        Changes = changes;
    }

    /// <summary>Gets the edition compared from (the older one, e.g. the draft).</summary>
    public StandardEdition From { get; }

    /// <summary>Gets the edition compared to (the newer one).</summary>
    public StandardEdition To { get; }

    /// <summary>Gets every change, in the order of the standard.</summary>
    public ImmutableArray<StandardChange> Changes { get; }

    /// <summary>Gets whether the two standards are equal: no change was found.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>Gets the changes of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The changes of that kind, in the order of the standard.</returns>
    public ImmutableArray<StandardChange> OfKind(ChangeKind kind) => [.. Changes.Where(c => c.Kind == kind)];

    /// <summary>Gets the changes of one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The changes that belong to the level, in the order of the standard.</returns>
    public ImmutableArray<StandardChange> ForLevel(SkillLevel level) => [.. Changes.Where(c => c.Level == level)];

    /// <summary>Returns the editions and one line per change.</summary>
    /// <returns>For example "3-01-01-02 1.0.0-draft → 3-01-01-02 1.0.0: 2 changes" followed by the changes.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{From.OccupationCode} {From.Version} → {To.OccupationCode} {To.Version}: ");
        text.Append(IsEmpty ? "no changes" : Changes.Length == 1 ? "1 change" : string.Create(CultureInfo.InvariantCulture, $"{Changes.Length} changes"));
        foreach (var change in Changes)
        {
            text.Append('\n').Append("  ").Append(change);
        }

        return text.ToString();
    }
}
