namespace LaborStandard.Cli.Input;

/// <summary>One record of a CSV file: the line it starts on, its fields, or why it could not be read.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Problem">What is wrong with the record's syntax, or <see langword="null"/>.</param>
internal sealed record CsvRow(long Line, IReadOnlyList<string> Fields, string? Problem)
{
    /// <summary>Gets whether the record is an empty line.</summary>
    public bool IsBlank => Problem is null && Fields.All(string.IsNullOrWhiteSpace);
}
