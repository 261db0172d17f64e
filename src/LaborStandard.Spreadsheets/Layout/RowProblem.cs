using LaborStandard.Model;

namespace LaborStandard.Spreadsheets.Layout;

/// <summary>Why the cells of a row cannot be trusted: a framing or decoding problem found below the layout.</summary>
/// <param name="Rule">The rule broken, one of <see cref="TableRules"/>.</param>
/// <param name="Message">What is wrong, in Chinese and English.</param>
/// <param name="Line">The line where the problem is (a record may span lines).</param>
/// <param name="Field">The 0-based field where it is, or -1 for the whole row.</param>
/// <param name="Value">The offending text, if any.</param>
internal sealed record RowProblem(string Rule, LocalizedText Message, long Line, int Field = -1, string? Value = null);
