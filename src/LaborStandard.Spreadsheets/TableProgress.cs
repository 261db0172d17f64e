using System.Globalization;

namespace LaborStandard.Spreadsheets;

/// <summary>How far a table has been read: how much was consumed and, when known, how much there is.</summary>
/// <param name="Consumed">The bytes or rows consumed so far.</param>
/// <param name="Total">The total, when known (a file's size; unknown for a pipe).</param>
/// <param name="Unit">What is counted.</param>
/// <remarks>A snapshot: <see cref="CandidateTableReader.Progress"/> may be read from another thread (a progress bar's timer).</remarks>
public readonly record struct TableProgress(long Consumed, long? Total, TableProgressUnit Unit)
{
    /// <summary>Gets the fraction done, 0 to 1, when the total is known.</summary>
    public double? Fraction => Total is > 0 and var total ? Math.Clamp((double)Consumed / total, 0, 1) : null;

    /// <summary>Returns the progress for a log.</summary>
    /// <returns>For example "1,234,567 of 9,876,543 bytes".</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Consumed:N0}{(Total is { } total ? $" of {total:N0}" : string.Empty)} {(Unit == TableProgressUnit.Bytes ? "bytes" : "rows")}");
}
