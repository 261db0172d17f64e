using System.Collections.Immutable;
using LaborStandard.Assessment;

namespace LaborStandard.Cli.Rendering;

/// <summary>A paragraph of a section, or one of its numbered items (（1）, （2）…).</summary>
/// <param name="Number">The item's number, or <see langword="null"/> for a paragraph.</param>
/// <param name="Text">The text in both languages.</param>
internal sealed record OutlineBlock(int? Number, LocalizedText Text);

/// <summary>A numbered section of chapters 1 and 2 with its heading, its text as paragraphs and items, and the misprints corrected in it.</summary>
/// <param name="Clause">The section number, e.g. <c>1.9.3</c>.</param>
/// <param name="Title">The heading, as the standard prints it.</param>
/// <param name="Blocks">The text.</param>
/// <param name="Corrections">The corrections of a misprint in the section's text.</param>
internal sealed record OutlineSection(string Clause, LocalizedText Title, ImmutableArray<OutlineBlock> Blocks, ImmutableArray<Correction> Corrections)
{
    /// <summary>Gets how deep the section is numbered: 1 for <c>1</c>, 2 for <c>1.9</c>, 3 for <c>1.9.3</c>.</summary>
    public int Depth => Clause.Count(c => c == '.') + 1;
}

/// <summary>
/// The prose of the standard in reading order: chapter 1 (职业概况, 1.1–1.9.5) and chapter 2 (基本要求), section by
/// section. The section numbers are the national template's, the same in every standard written to it; the texts and
/// titles come from the standard. Both the terminal tree (<c>show</c>) and the markdown pages are written from it.
/// </summary>
internal static class Outline
{
    /// <summary>The overview, 1.1 to 1.8, under the heading of chapter 1.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The sections in order.</returns>
    public static ImmutableArray<OutlineSection> Overview(OccupationalStandard standard)
    {
        var overview = standard.Overview;
        var levelCorrections = overview.Levels.SelectMany(l => l.TitleCorrections);
        return
        [
            Section(standard, "1", []),
            Section(standard, "1.1", [P(overview.Name)], overview.NameCorrections),
            Section(standard, "1.2", [P(new LocalizedText(overview.Code, overview.Code))]),
            Section(standard, "1.3", [P(overview.Definition)]),
            Section(standard, "1.4", [P(overview.LevelsText)], [.. levelCorrections]),
            Section(standard, "1.5", [P(overview.Environment)]),
            Section(standard, "1.6", [P(overview.AbilityTraits)]),
            Section(standard, "1.7", [P(overview.GeneralEducation)]),
            Section(standard, AssessmentClauses.TrainingHours, [P(overview.TrainingHoursText)]),
        ];
    }

    /// <summary>The heading of the assessment requirements, 1.9, which 1.9.1 to 1.9.5 stand under.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The section, without text of its own.</returns>
    public static OutlineSection AssessmentHeading(OccupationalStandard standard)
        => Section(standard, Parent(AssessmentClauses.Scoring), []);

    /// <summary>The application conditions, 1.9.1: for each level its preamble and numbered items.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The section.</returns>
    public static OutlineSection ApplicationConditions(OccupationalStandard standard)
        => Section(
            standard,
            "1.9.1",
            [.. standard.Assessment.ApplicationConditions.SelectMany(c => (IEnumerable<OutlineBlock>)[P(c.Preamble), .. c.Items.Select(Item)])]);

    /// <summary>The assessment parameters, 1.9.2 to 1.9.5: methods and scoring, staffing, durations, venue.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The sections in order.</returns>
    public static ImmutableArray<OutlineSection> AssessmentParameters(OccupationalStandard standard)
    {
        var assessment = standard.Assessment;
        return
        [
            Section(
                standard,
                AssessmentClauses.Scoring,
                [P(assessment.MethodsText), .. assessment.Methods.Select((m, i) => new OutlineBlock(i + 1, m.Description)), P(assessment.Scoring.Text)]),
            Section(standard, AssessmentClauses.Staffing, [P(assessment.StaffingText)]),
            Section(standard, AssessmentClauses.Durations, [P(assessment.DurationsText)]),
            Section(standard, AssessmentClauses.Venue, [P(assessment.Venue)]),
        ];
    }

    /// <summary>Chapter 2, 基本要求: its sections and topics with their numbered items.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The chapter heading, then each section and its topics, in order.</returns>
    public static ImmutableArray<OutlineSection> BasicRequirements(OccupationalStandard standard)
    {
        var sections = standard.BasicRequirements.Sections;
        var chapter = Parent(sections[0].Code);
        var result = ImmutableArray.CreateBuilder<OutlineSection>();
        result.Add(Section(standard, chapter, []));
        foreach (var section in sections)
        {
            result.Add(new OutlineSection(section.Code, section.Title, [], []));
            foreach (var topic in section.Topics)
            {
                result.Add(new OutlineSection(topic.Code, topic.Title, [.. topic.Items.Select(Item)], []));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The heading of a clause, as the standard prints it.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="clause">The clause.</param>
    /// <returns>The heading, or the clause number itself when the standard has no heading for it.</returns>
    public static LocalizedText Heading(OccupationalStandard standard, string clause)
        => standard.FindHeading(clause)?.Title ?? new LocalizedText(clause, clause);

    /// <summary>The clause a clause is numbered under: <c>3</c> for <c>3.1</c>.</summary>
    /// <param name="clause">The clause.</param>
    /// <returns>The parent clause, or the clause itself at the top.</returns>
    public static string Parent(string clause)
    {
        var dot = clause.LastIndexOf('.');
        return dot < 0 ? clause : clause[..dot];
    }

    private static OutlineSection Section(OccupationalStandard standard, string clause, ImmutableArray<OutlineBlock> blocks, ImmutableArray<Correction> corrections = default)
        => new(clause, Heading(standard, clause), blocks, corrections.IsDefault ? [] : corrections);

    private static OutlineBlock P(LocalizedText text) => new(null, text);

    private static OutlineBlock Item(NumberedItem item) => new(item.Number, item.Text);
}
