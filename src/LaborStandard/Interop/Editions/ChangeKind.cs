namespace LaborStandard.Interop.Editions;

/// <summary>What a <see cref="StandardChange"/> reports.</summary>
public enum ChangeKind
{
    /// <summary>The occupation code, status, language or version of the edition changed (<see cref="EditionChange"/>).</summary>
    EditionChanged = 1,

    /// <summary>A text other than a requirement's changed, or a heading, section, topic or item was added or removed (<see cref="TextChange"/>).</summary>
    TextChanged,

    /// <summary>The recorded misprints of a title or name changed (<see cref="CorrectionChange"/>).</summary>
    CorrectionsChanged,

    /// <summary>A clause number of a table changed or parts are listed in another order (<see cref="LayoutChange"/>).</summary>
    LayoutChanged,

    /// <summary>A level was added (<see cref="StructureChange"/>).</summary>
    LevelAdded,

    /// <summary>A level was removed (<see cref="StructureChange"/>).</summary>
    LevelRemoved,

    /// <summary>The standard training hours of a level changed, clause 1.8 (<see cref="TrainingHoursChange"/>).</summary>
    TrainingHoursChanged,

    /// <summary>An application condition of clause 1.9.1 was added, removed or reworded (<see cref="ApplicationConditionChange"/>).</summary>
    ApplicationConditionChanged,

    /// <summary>A figure of the assessment changed: scoring, staffing or duration (<see cref="AssessmentParameterChange"/>).</summary>
    AssessmentParameterChanged,

    /// <summary>An occupational function was added (<see cref="StructureChange"/>).</summary>
    FunctionAdded,

    /// <summary>An occupational function was removed (<see cref="StructureChange"/>).</summary>
    FunctionRemoved,

    /// <summary>An occupational function kept its code under another name (<see cref="StructureChange"/>).</summary>
    FunctionRenamed,

    /// <summary>A work content was added (<see cref="StructureChange"/>).</summary>
    WorkContentAdded,

    /// <summary>A work content was removed (<see cref="StructureChange"/>).</summary>
    WorkContentRemoved,

    /// <summary>A work content kept its code under another name (<see cref="StructureChange"/>).</summary>
    WorkContentRenamed,

    /// <summary>A skill or knowledge requirement was added (<see cref="RequirementChange"/>).</summary>
    RequirementAdded,

    /// <summary>A skill or knowledge requirement was removed (<see cref="RequirementChange"/>).</summary>
    RequirementRemoved,

    /// <summary>A requirement's text changed (Chinese or English) (<see cref="RequirementChange"/>).</summary>
    RequirementReworded,

    /// <summary>A requirement's text moved to another work content or function of its level (<see cref="RequirementChange"/>).</summary>
    RequirementMoved,

    /// <summary>A requirement's code changed within its work content (<see cref="RequirementChange"/>).</summary>
    RequirementRecoded,

    /// <summary>A requirement's corrections, printed code or footnote changed (<see cref="RequirementChange"/>).</summary>
    RequirementAnnotated,

    /// <summary>A weight of a weight table changed, or a row was added or removed (<see cref="WeightChange"/>).</summary>
    WeightChanged,
}
