using System.Collections.Immutable;
using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Cli.Rendering;

/// <summary>
/// The standard as a set of markdown pages, Chinese with the English alongside: <c>index.md</c> (edition and overview
/// 1.1–1.8), <c>application-conditions.md</c> (1.9), <c>basic-requirements.md</c> (chapter 2), one
/// <c>level-N.md</c> per level (chapter 3), <c>weights.md</c> (chapter 4) and <c>corrections.md</c> (every misprint).
/// </summary>
/// <remarks>
/// Deterministic: the same standard gives the same bytes (no dates, no machine names, <c>\n</c> line ends). Misprints
/// are shown as printed, with a link to their correction; each correction links back to the misprint by the same
/// anchor (<c>&lt;a id="…"&gt;</c>) on the page that shows it. The documentation site builds its pages of the standard
/// from this output (<c>laborstd export --format markdown --output DIR</c>).
/// </remarks>
internal sealed class StandardMarkdown
{
    public const string IndexFile = "index.md";
    public const string ApplicationFile = "application-conditions.md";
    public const string BasicFile = "basic-requirements.md";
    public const string WeightsFile = "weights.md";
    public const string CorrectionsFile = "corrections.md";

    /// <summary>
    /// Opens the wrapper of a table of requirements: the site lays each row out as a card on a narrow screen. The table
    /// stays a markdown table, between blank lines, so every renderer still reads it as one.
    /// </summary>
    private const string RequirementTableOpen = "<div class=\"ls-requirements\">";

    private const string RequirementTableClose = "</div>";

    private readonly OccupationalStandard _standard;
    private readonly EligibilityRules? _rules;
    private readonly ImmutableArray<Entry> _corrections;

    /// <summary>Renders a standard; the shipped standard is drawn with its shipped rules of 1.9.1 (the routes, the ladder).</summary>
    /// <param name="standard">The standard.</param>
    public StandardMarkdown(OccupationalStandard standard)
        : this(standard, standard.Equals(Standards.Embedded) ? Standards.EmbeddedRules : null)
    {
    }

    /// <summary>Renders a standard with the rules of its application conditions, or without figures of them.</summary>
    /// <param name="standard">The standard.</param>
    /// <param name="rules">Its rules of 1.9.1, or null: the pages then have no figures of the routes and the ladder.</param>
    public StandardMarkdown(OccupationalStandard standard, EligibilityRules? rules)
    {
        _standard = standard;
        _rules = rules;
        _corrections = CollectCorrections(standard);
    }

    /// <summary>The file name of a level's page.</summary>
    /// <param name="level">The level.</param>
    /// <returns>For example <c>level-4.md</c>.</returns>
    public static string LevelFile(SkillLevel level) => string.Create(CultureInfo.InvariantCulture, $"level-{level.Rank}.md");

    /// <summary>Renders every page, in reading order.</summary>
    /// <returns>The pages.</returns>
    public ImmutableArray<MarkdownPage> Pages()
        => [Index(), ApplicationConditions(), BasicRequirements(), .. _standard.WorkRequirements.Levels.Select(LevelPage), Weights(), Corrections()];

    /// <summary>Renders the whole standard as one document: the pages one after another.</summary>
    /// <returns>The markdown.</returns>
    public string Document() => string.Join("\n", Pages().Select(p => p.Content));

    /// <summary>Renders the page of one level's work requirements (chapter 3).</summary>
    /// <param name="table">The level's table.</param>
    /// <returns>The page.</returns>
    public MarkdownPage LevelPage(LevelRequirements table)
    {
        var md = new Markdown();
        md.Heading(1, table.Section, table.Heading);
        md.Paragraph(_standard.WorkRequirements.Preamble);
        md.Heading(2, string.Empty, FigureTexts.StructureTitle);
        md.Paragraph(FigureTexts.StructureNote);
        md.Raw(StandardFigures.Functions(table));
        foreach (var function in table.Functions)
        {
            md.Heading(2, function.Code, function.Name);
            foreach (var content in function.WorkContents)
            {
                md.Heading(3, content.Code, content.Name);
                var rows = Math.Max(content.Skills.Length, content.Knowledge.Length);
                md.Raw(RequirementTableOpen);
                md.Table(
                    [Markdown.Cell(CliTexts.CodeColumn), Markdown.Cell(CliTexts.SkillsColumn), Markdown.Cell(CliTexts.CodeColumn), Markdown.Cell(CliTexts.KnowledgeColumn)],
                    Enumerable.Range(0, rows).Select(i => (IReadOnlyList<string>)
                    [
                        .. RequirementCells(i < content.Skills.Length ? content.Skills[i] : null),
                        .. RequirementCells(i < content.Knowledge.Length ? content.Knowledge[i] : null),
                    ]));
                md.Raw(RequirementTableClose);
                foreach (var footnote in content.Skills.Concat(content.Knowledge).Select(r => r.Footnote).OfType<Footnote>())
                {
                    md.Raw($"{footnote.Marker} {Markdown.Escape(footnote.Text.Chinese)}<br>\n*{Markdown.Escape(footnote.Text.English)}*");
                }
            }
        }

        return new MarkdownPage(LevelFile(table.Level), table.Level.Name, md.ToString());
    }

    private MarkdownPage Index()
    {
        var edition = _standard.Edition;
        var md = new Markdown();
        md.Heading(1, string.Empty, edition.Title);
        md.Table(
            [Markdown.Cell(CliTexts.ItemColumn), Markdown.Cell(CliTexts.ValueColumn)],
            [
                [Markdown.Cell(CliTexts.OccupationCodeLabel), edition.OccupationCode],
                [Markdown.Cell(CliTexts.StatusLabel), Markdown.Cell(CliTexts.StatusName(edition.Status))],
                [Markdown.Cell(CliTexts.VersionLabel), Markdown.Escape(edition.Version)],
                [Markdown.Cell(CliTexts.LanguageLabel), Markdown.Escape(edition.Language)],
            ]);
        CorrectionNotes(md, edition.TitleCorrections);
        foreach (var section in Outline.Overview(_standard))
        {
            Section(md, section, topDepth: 2);
        }

        if (_rules is not null)
        {
            md.Heading(3, string.Empty, FigureTexts.LadderTitle);
            md.Paragraph(FigureTexts.LadderNote);
            md.Raw(StandardFigures.Ladder(_standard, _rules));
        }

        md.Heading(2, string.Empty, CliTexts.PagesTitle);
        md.Raw(string.Join("\n", OtherPages().Select(p => $"- {Markdown.Link($"{p.Title.Chinese} · {p.Title.English}", p.File)}")));
        return new MarkdownPage(IndexFile, CliTexts.IndexTitle, md.ToString());
    }

    private LocalizedText BasicTitle => Outline.Heading(_standard, Outline.Parent(_standard.BasicRequirements.Sections[0].Code));

    private LocalizedText WeightsTitle => Outline.Heading(_standard, Outline.Parent(_standard.WeightTables[0].Clause));

    /// <summary>The pages after the index, as the index links them, without rendering them.</summary>
    private IEnumerable<(string File, LocalizedText Title)> OtherPages()
        => [
            (ApplicationFile, CliTexts.ApplicationTitle),
            (BasicFile, BasicTitle),
            .. _standard.WorkRequirements.Levels.Select(t => (LevelFile(t.Level), t.Level.Name)),
            (WeightsFile, WeightsTitle),
            (CorrectionsFile, CliTexts.CorrectionsTitle),
        ];

    private MarkdownPage ApplicationConditions()
    {
        var md = new Markdown();
        Section(md, Outline.AssessmentHeading(_standard), topDepth: 0);
        Section(md, Outline.ApplicationConditions(_standard), topDepth: 0);
        if (_rules is not null)
        {
            md.Heading(3, string.Empty, FigureTexts.RoutesTitle);
            md.Paragraph(FigureTexts.RoutesNote);
            foreach (var rule in _rules.Levels)
            {
                md.Heading(4, string.Empty, FigureTexts.RoutesTo(rule.Level.Name));
                md.Raw(StandardFigures.Routes(rule));
            }
        }

        foreach (var section in Outline.AssessmentParameters(_standard))
        {
            Section(md, section, topDepth: 0);
        }

        md.Heading(2, string.Empty, CliTexts.FiguresTitle);
        var assessment = _standard.Assessment;
        var kinds = assessment.Methods.Select(m => m.Kind).ToList();
        md.Table(
            [Markdown.Cell(CliTexts.ItemColumn), .. kinds.Select(k => Markdown.Cell(assessment.GetMethod(k).Name))],
            [
                [Markdown.Cell(CliTexts.FullMarksLabel), .. kinds.Select(_ => Number(assessment.Scoring.FullMarks))],
                [Markdown.Cell(CliTexts.PassMarkLabel), .. kinds.Select(_ => Number(assessment.Scoring.PassMark))],
                [Markdown.Cell(CliTexts.StaffLabel), .. kinds.Select(k => Markdown.Cell(CliTexts.StaffingRuleText(assessment.GetStaffing(k))))],
                [Markdown.Cell(CliTexts.MinimumDurationLabel), .. kinds.Select(k => Markdown.Cell(CliTexts.Minutes(assessment.GetDuration(k).MinimumMinutes)))],
            ]);
        md.Table(
            [Markdown.Cell(CliTexts.LevelColumn), Markdown.Cell(CliTexts.TrainingHoursLabel)],
            _standard.Levels.Select(l => (IReadOnlyList<string>)[Markdown.Cell(l.Level.Name), Number(l.TrainingHours)]));
        return new MarkdownPage(ApplicationFile, CliTexts.ApplicationTitle, md.ToString());
    }

    private MarkdownPage BasicRequirements()
    {
        var md = new Markdown();
        foreach (var section in Outline.BasicRequirements(_standard))
        {
            Section(md, section, topDepth: 1);
        }

        return new MarkdownPage(BasicFile, BasicTitle, md.ToString());
    }

    private MarkdownPage Weights()
    {
        var md = new Markdown();
        var chapter = Outline.Parent(_standard.WeightTables[0].Clause);
        md.Heading(1, chapter, WeightsTitle);
        foreach (var table in _standard.WeightTables)
        {
            md.Heading(2, table.Clause, table.Title);
            md.Raw(StandardFigures.Weights(table));
            md.Table(
                [Markdown.Cell(CliTexts.GroupColumn), Markdown.Cell(CliTexts.ItemColumn), Markdown.Cell(CliTexts.CodeColumn), .. table.Levels.Select(l => Markdown.Cell(CliTexts.PercentOf(l.Name)))],
                table.Rows.Select(row => (IReadOnlyList<string>)
                    [Markdown.Cell(row.Group), Markdown.Cell(row.Item), row.Target.Code, .. table.Levels.Select(l => row.PercentFor(l) is { } p ? Number(p) : "–")])
                    .Append([Markdown.Cell(CliTexts.TotalLabel), string.Empty, string.Empty, .. table.Levels.Select(l => Number(table.ForLevel(l).Sum(r => r.Percent)))]));
        }

        return new MarkdownPage(WeightsFile, WeightsTitle, md.ToString());
    }

    private MarkdownPage Corrections()
    {
        var md = new Markdown();
        md.Heading(1, string.Empty, CliTexts.CorrectionsTitle);
        md.Paragraph(CliTexts.CorrectionsIntro);
        md.Table(
            [Markdown.Cell(CliTexts.WhereColumn), Markdown.Cell(CliTexts.TargetColumn), Markdown.Cell(CliTexts.PrintedColumn), Markdown.Cell(CliTexts.CorrectedColumn), Markdown.Cell(CliTexts.NoteColumn)],
            _corrections.Select(e => (IReadOnlyList<string>)
            [
                $"{Anchor(e)}{Markdown.Link(e.Where.Chinese, $"{e.Page}#{e.Id}")}<br>*{Markdown.Escape(e.Where.English)}*",
                Markdown.Cell(CliTexts.TargetName(e.Correction.Target)),
                Markdown.Escape(e.Correction.Printed),
                Markdown.Escape(e.Correction.Corrected),
                Markdown.Cell(e.Correction.Note),
            ]));
        return new MarkdownPage(CorrectionsFile, CliTexts.CorrectionsTitle, md.ToString());
    }

    private static ImmutableArray<Entry> CollectCorrections(OccupationalStandard standard)
    {
        var entries = ImmutableArray.CreateBuilder<Entry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Add(string id, LocalizedText where, string page, Correction correction)
        {
            var unique = id;
            for (var n = 2; !ids.Add(unique); n++)
            {
                unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
            }

            entries.Add(new Entry(unique, where, page, correction));
        }

        foreach (var correction in standard.Edition.TitleCorrections)
        {
            Add("edition-title", CliTexts.EditionTitleLabel, IndexFile, correction);
        }

        foreach (var correction in standard.Overview.NameCorrections)
        {
            Add("occupation-name", CliTexts.OccupationNameLabel, IndexFile, correction);
        }

        foreach (var level in standard.Levels)
        {
            foreach (var correction in level.TitleCorrections)
            {
                Add(string.Create(CultureInfo.InvariantCulture, $"level-{level.Level.Rank}-title"), CliTexts.LevelTitleLabel(level.Level.Name), IndexFile, correction);
            }
        }

        foreach (var table in standard.WorkRequirements.Levels)
        {
            foreach (var requirement in table.Skills.Concat(table.Knowledge))
            {
                foreach (var correction in requirement.Corrections)
                {
                    Add(RequirementId(requirement, correction), CliTexts.RequirementLabel(requirement), LevelFile(table.Level), correction);
                }
            }
        }

        return entries.ToImmutable();
    }

    // skill, knowledge; code, text: an anchor is made of the members' own names.
    private static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => value.ToString().ToLowerInvariant();

    private static string RequirementId(Requirement requirement, Correction correction)
        => string.Create(CultureInfo.InvariantCulture, $"level-{requirement.Level.Rank}-{Lower(requirement.Kind)}-{requirement.PrintedCode.Replace('.', '-')}-{Lower(correction.Target)}");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The anchor of a misprint: on the page that shows it and, with the same id, on the corrections page.</summary>
    private static string Anchor(Entry entry) => $"<a id=\"{entry.Id}\"></a>";

    private static string CorrectionLink(Entry entry, string text) => Markdown.Link(text, $"{CorrectionsFile}#{entry.Id}");

    /// <summary>The entry of a correction, found by reference first so that two equal corrections keep their own anchors.</summary>
    private Entry EntryOf(Correction correction)
        => _corrections.FirstOrDefault(e => ReferenceEquals(e.Correction, correction)) ?? _corrections.First(e => e.Correction.Equals(correction));

    private IEnumerable<string> RequirementCells(Requirement? requirement)
    {
        if (requirement is null)
        {
            return [string.Empty, string.Empty];
        }

        var code = Markdown.Escape(requirement.PrintedCode);
        var text = Markdown.Escape(WithMarker(requirement));
        foreach (var correction in requirement.Corrections)
        {
            var entry = EntryOf(correction);
            if (correction.Target == CorrectionTarget.Code)
            {
                code = $"{Anchor(entry)}{code}<br>{CorrectionLink(entry, $"→ {correction.Corrected}")}";
            }
            else
            {
                text = $"{Anchor(entry)}{text}<br>{CorrectionLink(entry, $"{CliTexts.CorrectedLabel.Chinese} {CliTexts.CorrectedLabel.English}")}";
            }
        }

        return [code, $"{text}<br>*{Markdown.Escape(requirement.Text.English)}*"];
    }

    private static string WithMarker(Requirement requirement)
    {
        var text = requirement.Text.Chinese;
        if (requirement.Footnote is not { } footnote)
        {
            return text;
        }

        var at = text.IndexOf(footnote.Anchor, StringComparison.Ordinal);
        return at < 0 ? text + footnote.Marker : text.Insert(at + footnote.Anchor.Length, footnote.Marker);
    }

    private void Section(Markdown md, OutlineSection section, int topDepth)
    {
        md.Heading(Math.Min(6, section.Depth - 1 + topDepth), section.Clause, section.Title);
        foreach (var block in section.Blocks)
        {
            if (block.Number is { } number)
            {
                md.Item(number, block.Text);
            }
            else
            {
                md.Paragraph(block.Text);
            }
        }

        CorrectionNotes(md, section.Corrections);
    }

    private void CorrectionNotes(Markdown md, ImmutableArray<Correction> corrections)
    {
        foreach (var correction in corrections)
        {
            var entry = EntryOf(correction);
            md.Raw($"> {Anchor(entry)}{Markdown.Escape(CliTexts.CorrectedLabel.Chinese)} · *{Markdown.Escape(CliTexts.CorrectedLabel.English)}*: {Markdown.Escape(correction.Printed)} → {Markdown.Escape(correction.Corrected)} ({CorrectionLink(entry, CliTexts.DetailsLabel)})");
        }
    }

    /// <summary>A misprint on a page: its anchor in corrections.md, where it is, and the page that shows it.</summary>
    private sealed record Entry(string Id, LocalizedText Where, string Page, Correction Correction);
}
