using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>Turns the model into a standard document's transfer objects; the reader turns them back into an equal model.</summary>
internal static class StandardDocumentWriter
{
    public static StandardDto Write(OccupationalStandard standard, string? schema) => new()
    {
        Schema = schema,
        FormatVersion = StandardDocument.FormatVersion,
        Edition = new EditionDto
        {
            Title = Text(standard.Edition.Title),
            TitleCorrections = Corrections(standard.Edition.TitleCorrections),
            OccupationCode = standard.Edition.OccupationCode,
            Status = NameTables.NameOf(NameTables.EditionStatuses, standard.Edition.Status),
            Language = standard.Edition.Language,
            Version = standard.Edition.Version,
        },
        Headings = [.. standard.Headings.Select(h => new HeadingDto { Clause = h.Clause, Title = Text(h.Title) })],
        Overview = Overview(standard.Overview),
        Assessment = Assessment(standard.Assessment),
        BasicRequirements = new BasicRequirementsDto
        {
            Sections =
            [
                .. standard.BasicRequirements.Sections.Select(s => new BasicSectionDto
                {
                    Code = s.Code,
                    Title = Text(s.Title),
                    Topics = [.. s.Topics.Select(t => new BasicTopicDto { Code = t.Code, Title = Text(t.Title), Items = Items(t.Items) })],
                }),
            ],
        },
        WorkRequirements = new WorkRequirementsDto
        {
            Preamble = Text(standard.WorkRequirements.Preamble),
            Levels = [.. standard.WorkRequirements.Levels.Select(LevelRequirements)],
        },
        WeightTables = [.. standard.WeightTables.Select(WeightTable)],
    };

    public static TextDto Text(LocalizedText text) => new() { Zh = text.Chinese, En = text.English };

    private static TextDto? OptionalText(LocalizedText? text) => text is null ? null : Text(text);

    internal static List<CorrectionDto?>? Corrections(ImmutableArray<Correction> corrections)
        => corrections.IsEmpty
            ? null
            : [.. corrections.Select(c => new CorrectionDto
            {
                Target = NameTables.NameOf(NameTables.CorrectionTargets, c.Target),
                Printed = c.Printed,
                Corrected = c.Corrected,
                Note = Text(c.Note),
            })];

    internal static List<NumberedItemDto?> Items(ImmutableArray<NumberedItem> items)
        => [.. items.Select(i => new NumberedItemDto { Number = i.Number, Text = Text(i.Text), CitedLaw = OptionalText(i.CitedLaw) })];

    private static OverviewDto Overview(OccupationOverview overview) => new()
    {
        Name = Text(overview.Name),
        NameCorrections = Corrections(overview.NameCorrections),
        Code = overview.Code,
        Definition = Text(overview.Definition),
        LevelsText = Text(overview.LevelsText),
        Levels =
        [
            .. overview.Levels.Select(l => new LevelDto
            {
                Level = l.Level.Rank,
                Title = Text(l.Title),
                TitleCorrections = Corrections(l.TitleCorrections),
                TrainingHours = l.TrainingHours,
            }),
        ],
        Environment = Text(overview.Environment),
        AbilityTraits = Text(overview.AbilityTraits),
        GeneralEducation = Text(overview.GeneralEducation),
        TrainingHoursText = Text(overview.TrainingHoursText),
    };

    internal static AssessmentDto Assessment(AssessmentRequirements assessment) => new()
    {
        ApplicationConditions =
        [
            .. assessment.ApplicationConditions.Select(c => new ApplicationConditionsDto
            {
                Level = c.Level.Rank,
                Preamble = Text(c.Preamble),
                Items = Items(c.Items),
            }),
        ],
        MethodsText = Text(assessment.MethodsText),
        Methods =
        [
            .. assessment.Methods.Select(m => new MethodDto
            {
                Kind = NameTables.NameOf(NameTables.AssessmentKinds, m.Kind),
                Name = Text(m.Name),
                Description = Text(m.Description),
            }),
        ],
        Scoring = new ScoringDto { FullMarks = assessment.Scoring.FullMarks, PassMark = assessment.Scoring.PassMark, Text = Text(assessment.Scoring.Text) },
        StaffingText = Text(assessment.StaffingText),
        Staffing =
        [
            .. assessment.Staffing.Select(s => new StaffingDto
            {
                Kind = NameTables.NameOf(NameTables.AssessmentKinds, s.Kind),
                Role = NameTables.NameOf(NameTables.StaffRoles, s.Role),
                CandidatesPerStaff = s.CandidatesPerStaff,
                MinimumStaff = s.MinimumStaff,
                Scope = NameTables.NameOf(NameTables.StaffingScopes, s.Scope),
                OddCount = s.RequiresOddCount,
            }),
        ],
        DurationsText = Text(assessment.DurationsText),
        Durations = [.. assessment.Durations.Select(d => new DurationDto { Kind = NameTables.NameOf(NameTables.AssessmentKinds, d.Kind), MinimumMinutes = d.MinimumMinutes })],
        Venue = Text(assessment.Venue),
    };

    private static LevelRequirementsDto LevelRequirements(LevelRequirements table) => new()
    {
        Level = table.Level.Rank,
        Section = table.Section,
        Heading = Text(table.Heading),
        Functions =
        [
            .. table.Functions.Select(f => new FunctionDto
            {
                Code = f.Code,
                Name = Text(f.Name),
                WorkContents =
                [
                    .. f.WorkContents.Select(w => new WorkContentDto
                    {
                        Code = w.Code,
                        Name = Text(w.Name),
                        Skills = [.. w.Skills.Select(Requirement)],
                        Knowledge = [.. w.Knowledge.Select(Requirement)],
                    }),
                ],
            }),
        ],
    };

    private static RequirementDto Requirement(Requirement requirement) => new()
    {
        Code = requirement.PrintedCode,
        Text = Text(requirement.Text),
        Corrections = Corrections(requirement.Corrections),
        Footnote = requirement.Footnote is { } f ? Footnote(f) : null,
    };

    internal static FootnoteDto Footnote(Footnote footnote) => new() { Marker = footnote.Marker, Anchor = footnote.Anchor, Text = Text(footnote.Text) };

    internal static WeightTableDto WeightTable(WeightTable table) => new()
    {
        Kind = NameTables.NameOf(NameTables.AssessmentKinds, table.Kind),
        Clause = table.Clause,
        Title = Text(table.Title),
        Rows =
        [
            .. table.Rows.Select(r => new WeightRowDto
            {
                Group = Text(r.Group),
                Item = Text(r.Item),
                Target = new WeightTargetDto { Kind = NameTables.NameOf(NameTables.WeightTargetKinds, r.Target.Kind), Code = r.Target.Code },
                Weights = [.. r.Weights.Select(w => new LevelWeightDto { Level = w.Level.Rank, Percent = w.Percent })],
            }),
        ],
    };
}
