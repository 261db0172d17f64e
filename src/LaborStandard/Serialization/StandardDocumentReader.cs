using System.Collections.Immutable;
using LaborStandard.Model;

namespace LaborStandard.Serialization;

/// <summary>Builds the model from a standard document's transfer objects, reporting every broken rule at its JSON path.</summary>
internal sealed class StandardDocumentReader(DocumentErrors errors)
{
    public OccupationalStandard? Read(StandardDto dto)
    {
        errors.FormatVersion(dto.FormatVersion, StandardDocument.FormatVersion, "$.formatVersion");
        var edition = errors.Required(dto.Edition, "$.edition") is { } e ? Edition(e, "$.edition") : null;
        var headings = errors.List(dto.Headings, "$.headings", Heading);
        var overview = errors.Required(dto.Overview, "$.overview") is { } o ? Overview(o, "$.overview") : null;
        var assessment = errors.Required(dto.Assessment, "$.assessment") is { } a ? Assessment(a, "$.assessment") : null;
        var basic = errors.Required(dto.BasicRequirements, "$.basicRequirements") is { } b ? Basic(b, "$.basicRequirements") : null;
        var work = errors.Required(dto.WorkRequirements, "$.workRequirements") is { } w ? Work(w, "$.workRequirements") : null;
        var weights = errors.List(dto.WeightTables, "$.weightTables", WeightTable);

        if (errors.HasErrors || edition is null || headings is null || overview is null || assessment is null || basic is null || work is null || weights is null)
        {
            return null;
        }

        return errors.Build("$", () => new OccupationalStandard(edition, headings.Value, overview, assessment, basic, work, weights.Value));
    }

    internal ImmutableArray<Correction>? Corrections(List<CorrectionDto?>? list, string path)
        => errors.List(list, path, Correction, required: false);

    private Correction? Correction(CorrectionDto dto, string path)
    {
        var target = errors.Name(dto.Target, path + ".target", NameTables.CorrectionTargets);
        var printed = errors.Required(dto.Printed, path + ".printed");
        var corrected = errors.Required(dto.Corrected, path + ".corrected");
        var note = errors.Text(dto.Note, path + ".note");
        return target is null || printed is null || corrected is null || note is null
            ? null
            : errors.Build(path, () => new Correction(target.Value, printed, corrected, note));
    }

    private StandardEdition? Edition(EditionDto dto, string path)
    {
        var title = errors.Text(dto.Title, path + ".title");
        var corrections = Corrections(dto.TitleCorrections, path + ".titleCorrections");
        var code = errors.Required(dto.OccupationCode, path + ".occupationCode");
        var status = errors.Name(dto.Status, path + ".status", NameTables.EditionStatuses);
        var language = errors.Required(dto.Language, path + ".language");
        var version = errors.Required(dto.Version, path + ".version");
        return title is null || corrections is null || code is null || status is null || language is null || version is null
            ? null
            : errors.Build(path, () => new StandardEdition(title, corrections.Value, code, status.Value, language, version));
    }

    internal SectionHeading? Heading(HeadingDto dto, string path)
    {
        var clause = errors.Required(dto.Clause, path + ".clause");
        var title = errors.Text(dto.Title, path + ".title");
        return clause is null || title is null ? null : errors.Build(path, () => new SectionHeading(clause, title));
    }

    private OccupationOverview? Overview(OverviewDto dto, string path)
    {
        var name = errors.Text(dto.Name, path + ".name");
        var corrections = Corrections(dto.NameCorrections, path + ".nameCorrections");
        var code = errors.Required(dto.Code, path + ".code");
        var definition = errors.Text(dto.Definition, path + ".definition");
        var levelsText = errors.Text(dto.LevelsText, path + ".levelsText");
        var levels = errors.List(dto.Levels, path + ".levels", Level);
        var environment = errors.Text(dto.Environment, path + ".environment");
        var traits = errors.Text(dto.AbilityTraits, path + ".abilityTraits");
        var education = errors.Text(dto.GeneralEducation, path + ".generalEducation");
        var hours = errors.Text(dto.TrainingHoursText, path + ".trainingHoursText");
        return name is null || corrections is null || code is null || definition is null || levelsText is null || levels is null
               || environment is null || traits is null || education is null || hours is null
            ? null
            : errors.Build(path, () => new OccupationOverview(name, corrections.Value, code, definition, levelsText, levels.Value, environment, traits, education, hours));
    }

    private LevelDefinition? Level(LevelDto dto, string path)
    {
        var level = errors.Level(dto.Level, path + ".level");
        var title = errors.Text(dto.Title, path + ".title");
        var corrections = Corrections(dto.TitleCorrections, path + ".titleCorrections");
        var hours = errors.Required(dto.TrainingHours, path + ".trainingHours");
        return level is null || title is null || corrections is null || hours is null
            ? null
            : errors.Build(path, () => new LevelDefinition(level.Value, title, corrections.Value, hours.Value));
    }

    internal NumberedItem? Item(NumberedItemDto dto, string path)
    {
        var number = errors.Required(dto.Number, path + ".number");
        var text = errors.Text(dto.Text, path + ".text");
        var law = errors.OptionalText(dto.CitedLaw, path + ".citedLaw");
        var lawOk = dto.CitedLaw is null || law is not null;
        return number is null || text is null || !lawOk ? null : errors.Build(path, () => new NumberedItem(number.Value, text, law));
    }

    internal AssessmentRequirements? Assessment(AssessmentDto dto, string path)
    {
        var conditions = errors.List(dto.ApplicationConditions, path + ".applicationConditions", ApplicationConditions);
        var methodsText = errors.Text(dto.MethodsText, path + ".methodsText");
        var methods = errors.List(dto.Methods, path + ".methods", Method);
        var scoring = errors.Required(dto.Scoring, path + ".scoring") is { } s ? Scoring(s, path + ".scoring") : null;
        var staffingText = errors.Text(dto.StaffingText, path + ".staffingText");
        var staffing = errors.List(dto.Staffing, path + ".staffing", Staffing);
        var durationsText = errors.Text(dto.DurationsText, path + ".durationsText");
        var durations = errors.List(dto.Durations, path + ".durations", Duration);
        var venue = errors.Text(dto.Venue, path + ".venue");
        return conditions is null || methodsText is null || methods is null || scoring is null || staffingText is null || staffing is null
               || durationsText is null || durations is null || venue is null
            ? null
            : errors.Build(path, () => new AssessmentRequirements(conditions.Value, methodsText, methods.Value, scoring, staffingText, staffing.Value, durationsText, durations.Value, venue));
    }

    private ApplicationConditions? ApplicationConditions(ApplicationConditionsDto dto, string path)
    {
        var level = errors.Level(dto.Level, path + ".level");
        var preamble = errors.Text(dto.Preamble, path + ".preamble");
        var items = errors.List(dto.Items, path + ".items", Item);
        return level is null || preamble is null || items is null
            ? null
            : errors.Build(path, () => new ApplicationConditions(level.Value, preamble, items.Value));
    }

    private AssessmentMethod? Method(MethodDto dto, string path)
    {
        var kind = errors.Name(dto.Kind, path + ".kind", NameTables.AssessmentKinds);
        var name = errors.Text(dto.Name, path + ".name");
        var description = errors.Text(dto.Description, path + ".description");
        return kind is null || name is null || description is null ? null : errors.Build(path, () => new AssessmentMethod(kind.Value, name, description));
    }

    private ScoringRule? Scoring(ScoringDto dto, string path)
    {
        var full = errors.Required(dto.FullMarks, path + ".fullMarks");
        var pass = errors.Required(dto.PassMark, path + ".passMark");
        var text = errors.Text(dto.Text, path + ".text");
        return full is null || pass is null || text is null ? null : errors.Build(path, () => new ScoringRule(full.Value, pass.Value, text));
    }

    private StaffingRule? Staffing(StaffingDto dto, string path)
    {
        var kind = errors.Name(dto.Kind, path + ".kind", NameTables.AssessmentKinds);
        var role = errors.Name(dto.Role, path + ".role", NameTables.StaffRoles);
        var per = errors.Required(dto.CandidatesPerStaff, path + ".candidatesPerStaff");
        var min = errors.Required(dto.MinimumStaff, path + ".minimumStaff");
        var scope = errors.Name(dto.Scope, path + ".scope", NameTables.StaffingScopes);
        var odd = errors.Required(dto.OddCount, path + ".oddCount");
        return kind is null || role is null || per is null || min is null || scope is null || odd is null
            ? null
            : errors.Build(path, () => new StaffingRule(kind.Value, role.Value, per.Value, min.Value, scope.Value, odd.Value));
    }

    private DurationRule? Duration(DurationDto dto, string path)
    {
        var kind = errors.Name(dto.Kind, path + ".kind", NameTables.AssessmentKinds);
        var minutes = errors.Required(dto.MinimumMinutes, path + ".minimumMinutes");
        return kind is null || minutes is null ? null : errors.Build(path, () => new DurationRule(kind.Value, minutes.Value));
    }

    private BasicRequirements? Basic(BasicRequirementsDto dto, string path)
    {
        var sections = errors.List(dto.Sections, path + ".sections", Section);
        return sections is null ? null : errors.Build(path, () => new BasicRequirements(sections.Value));
    }

    private BasicRequirementSection? Section(BasicSectionDto dto, string path)
    {
        var code = errors.Required(dto.Code, path + ".code");
        var title = errors.Text(dto.Title, path + ".title");
        var topics = errors.List(dto.Topics, path + ".topics", Topic);
        return code is null || title is null || topics is null ? null : errors.Build(path, () => new BasicRequirementSection(code, title, topics.Value));
    }

    private BasicRequirementTopic? Topic(BasicTopicDto dto, string path)
    {
        var code = errors.Required(dto.Code, path + ".code");
        var title = errors.Text(dto.Title, path + ".title");
        var items = errors.List(dto.Items, path + ".items", Item);
        return code is null || title is null || items is null ? null : errors.Build(path, () => new BasicRequirementTopic(code, title, items.Value));
    }

    private WorkRequirements? Work(WorkRequirementsDto dto, string path)
    {
        var preamble = errors.Text(dto.Preamble, path + ".preamble");
        var levels = errors.List(dto.Levels, path + ".levels", LevelRequirements);
        return preamble is null || levels is null ? null : errors.Build(path, () => new WorkRequirements(preamble, levels.Value));
    }

    private LevelRequirements? LevelRequirements(LevelRequirementsDto dto, string path)
    {
        var level = errors.Level(dto.Level, path + ".level");
        var section = errors.Required(dto.Section, path + ".section");
        var heading = errors.Text(dto.Heading, path + ".heading");
        if (level is null || section is null)
        {
            return null;
        }

        var functions = errors.List(dto.Functions, path + ".functions", (f, p) => Function(f, p, level.Value, section));
        return heading is null || functions is null
            ? null
            : errors.Build(path, () => new LevelRequirements(level.Value, section, heading, functions.Value));
    }

    private OccupationalFunction? Function(FunctionDto dto, string path, SkillLevel level, string section)
    {
        var code = errors.Required(dto.Code, path + ".code");
        var name = errors.Text(dto.Name, path + ".name");
        var contents = errors.List(dto.WorkContents, path + ".workContents", (w, p) => WorkContent(w, p, level, section));
        return code is null || name is null || contents is null
            ? null
            : errors.Build(path, () => new OccupationalFunction(level, section, code, name, contents.Value));
    }

    private WorkContent? WorkContent(WorkContentDto dto, string path, SkillLevel level, string section)
    {
        var code = errors.Required(dto.Code, path + ".code");
        var name = errors.Text(dto.Name, path + ".name");
        var skills = errors.List(dto.Skills, path + ".skills", (r, p) => Requirement(r, p, RequirementKind.Skill, level, section));
        var knowledge = errors.List(dto.Knowledge, path + ".knowledge", (r, p) => Requirement(r, p, RequirementKind.Knowledge, level, section));
        return code is null || name is null || skills is null || knowledge is null
            ? null
            : errors.Build(path, () => new WorkContent(level, section, code, name, skills.Value, knowledge.Value));
    }

    private Requirement? Requirement(RequirementDto dto, string path, RequirementKind kind, SkillLevel level, string section)
    {
        var code = errors.Required(dto.Code, path + ".code");
        var text = errors.Text(dto.Text, path + ".text");
        var corrections = Corrections(dto.Corrections, path + ".corrections");
        var footnote = dto.Footnote is null ? null : Footnote(dto.Footnote, path + ".footnote");
        return code is null || text is null || corrections is null || (dto.Footnote is not null && footnote is null)
            ? null
            : errors.Build(path, () => new Requirement(kind, level, section, code, text, corrections.Value, footnote));
    }

    internal Footnote? Footnote(FootnoteDto dto, string path)
    {
        var marker = errors.Required(dto.Marker, path + ".marker");
        var anchor = errors.Required(dto.Anchor, path + ".anchor");
        var text = errors.Text(dto.Text, path + ".text");
        return marker is null || anchor is null || text is null ? null : errors.Build(path, () => new Footnote(marker, anchor, text));
    }

    internal WeightTable? WeightTable(WeightTableDto dto, string path)
    {
        var kind = errors.Name(dto.Kind, path + ".kind", NameTables.AssessmentKinds);
        var clause = errors.Required(dto.Clause, path + ".clause");
        var title = errors.Text(dto.Title, path + ".title");
        var rows = errors.List(dto.Rows, path + ".rows", WeightRow);
        return kind is null || clause is null || title is null || rows is null
            ? null
            : errors.Build(path, () => new WeightTable(kind.Value, clause, title, rows.Value));
    }

    private WeightRow? WeightRow(WeightRowDto dto, string path)
    {
        var group = errors.Text(dto.Group, path + ".group");
        var item = errors.Text(dto.Item, path + ".item");
        var target = errors.Required(dto.Target, path + ".target") is { } t ? WeightTarget(t, path + ".target") : null;
        var weights = errors.List(dto.Weights, path + ".weights", LevelWeight);
        return group is null || item is null || target is null || weights is null
            ? null
            : errors.Build(path, () => new WeightRow(group, item, target, weights.Value));
    }

    private WeightTarget? WeightTarget(WeightTargetDto dto, string path)
    {
        var kind = errors.Name(dto.Kind, path + ".kind", NameTables.WeightTargetKinds);
        var code = errors.Required(dto.Code, path + ".code");
        return kind is null || code is null ? null : errors.Build(path, () => new WeightTarget(kind.Value, code));
    }

    private LevelWeight? LevelWeight(LevelWeightDto dto, string path)
    {
        var level = errors.Level(dto.Level, path + ".level");
        var percent = errors.Required(dto.Percent, path + ".percent");
        return level is null || percent is null ? null : errors.Build(path, () => new LevelWeight(level.Value, percent.Value));
    }
}
