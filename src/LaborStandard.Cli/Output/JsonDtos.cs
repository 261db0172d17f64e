using LaborStandard.Model;

namespace LaborStandard.Cli.Output;

// The shapes of the tool's JSON answers. Names are camelCase; absent values are left out. CliTexts of the standard are
// written in both languages as { "zh": ..., "en": ... }, as in the library's documents.

/// <summary>A text in both languages.</summary>
internal sealed record TextDto(string Zh, string En)
{
    public static TextDto From(LocalizedText text) => new(text.Chinese, text.English);
}

internal sealed record CorrectionDto(string Target, string Printed, string Corrected, TextDto Note);

internal sealed record FootnoteDto(string Marker, string Anchor, TextDto Text);

internal sealed record RequirementDto(
    int Level,
    string Kind,
    string Code,
    string PrintedCode,
    string Clause,
    TextDto Text,
    string? CorrectedText,
    IReadOnlyList<CorrectionDto>? Corrections,
    FootnoteDto? Footnote);

internal sealed record WorkContentDto(string Code, string Clause, TextDto Name, IReadOnlyList<RequirementDto> Skills, IReadOnlyList<RequirementDto> Knowledge);

internal sealed record FunctionDto(string Code, string Clause, TextDto Name, IReadOnlyList<WorkContentDto> WorkContents);

internal sealed record LevelTableDto(int Level, TextDto Name, string Section, TextDto Heading, IReadOnlyList<FunctionDto> Functions);

internal sealed record ShowDto(string OccupationCode, string Version, TextDto Title, int Level, bool Cumulative, IReadOnlyList<LevelTableDto> Tables);

internal sealed record FindDto(string Query, string Match, int? Level, int Count, IReadOnlyList<RequirementDto> Matches);

internal sealed record PartDto(string Kind, decimal Score, int FullMarks, int PassMark, bool Passed, string Clause, TextDto Summary);

internal sealed record ScoreDto(bool Passed, string Clause, IReadOnlyList<PartDto> Parts, TextDto Summary);

internal sealed record StaffNeedDto(string Kind, string Role, string Scope, int Candidates, int ByRatio, int MinimumStaff, bool OddCount, int Required, string Clause, TextDto Explanation);

internal sealed record RoomDto(int Candidates, int Staff, int? Capacity);

internal sealed record ViolationDto(string Kind, string Clause, string Subject, decimal Actual, decimal Required, TextDto Message);

internal sealed record SessionDto(string Kind, int Candidates, int Staff, IReadOnlyList<RoomDto> Rooms, IReadOnlyList<StaffNeedDto> Requirements, bool Passed, IReadOnlyList<ViolationDto> Violations);

internal sealed record StaffingDto(bool Passed, IReadOnlyList<StaffNeedDto>? Requirements, IReadOnlyList<SessionDto>? Sessions);

internal sealed record BlueprintItemDto(string Clause, int? Level, TextDto Text, int Count);

internal sealed record BlueprintPartDto(string Clause, int? Level, TextDto Title, int Count, IReadOnlyList<BlueprintItemDto>? Items);

internal sealed record BlueprintRowDto(TextDto Group, TextDto Item, string Target, int Percent, decimal ExactShare, int Count, decimal Deviation, IReadOnlyList<BlueprintPartDto> Parts);

internal sealed record BlueprintDto(int Level, string Kind, int Count, string Clause, TextDto Title, decimal MaxDeviation, IReadOnlyList<BlueprintRowDto> Rows, IReadOnlyList<BlueprintItemDto>? Items);

internal sealed record ErrorDto(string Path, string Rule, string Message, long? Line, string? Column);

internal sealed record ValidationDto(string File, string Kind, bool Valid, IReadOnlyList<ErrorDto> Errors);

internal sealed record BatchErrorDto(long Line, string? CandidateId, bool Valid, IReadOnlyList<ErrorDto> Errors);

internal sealed record ExportFileDto(string Path, TextDto? Title, string? Content);

internal sealed record ExportDto(string Format, string? Output, IReadOnlyList<ExportFileDto> Files);

internal sealed record DiffDto(string From, string To, bool Same, IReadOnlyList<ChangeDto> Changes);

internal sealed record ChangeDto(string Kind, string Clause, int? Level, string Description);
