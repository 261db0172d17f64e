using LaborStandard.Model;

namespace LaborStandard.Cli.Output;

/// <summary>Builds the JSON shapes of the model's parts that several commands write.</summary>
internal static class Dtos
{
    public static RequirementDto Requirement(Requirement requirement)
        => new(
            requirement.Level.Rank,
            Names.Of(requirement.Kind),
            requirement.Code,
            requirement.PrintedCode,
            requirement.Clause,
            TextDto.From(requirement.Text),
            requirement.CorrectedText == requirement.Text.Chinese ? null : requirement.CorrectedText,
            requirement.Corrections.IsEmpty ? null : [.. requirement.Corrections.Select(Correction)],
            requirement.Footnote is { } note ? new FootnoteDto(note.Marker, note.Anchor, TextDto.From(note.Text)) : null);

    public static CorrectionDto Correction(Correction correction)
        => new(Names.Of(correction.Target), correction.Printed, correction.Corrected, TextDto.From(correction.Note));

    public static LevelTableDto Table(LevelRequirements table)
        => new(
            table.Level.Rank,
            TextDto.From(table.Level.Name),
            table.Section,
            TextDto.From(table.Heading),
            [
                .. table.Functions.Select(f => new FunctionDto(
                    f.Code,
                    f.Clause,
                    TextDto.From(f.Name),
                    [.. f.WorkContents.Select(w => new WorkContentDto(w.Code, w.Clause, TextDto.From(w.Name), [.. w.Skills.Select(Requirement)], [.. w.Knowledge.Select(Requirement)]))])),
            ]);
}
