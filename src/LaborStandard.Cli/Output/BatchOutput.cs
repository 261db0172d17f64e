using LaborStandard.Eligibility;

namespace LaborStandard.Cli.Output;

/// <summary>
/// Where a batch's answers go: one output record per input record, in input order, as JSON Lines (the library's batch
/// records) or as a CSV table (one row per record, the short answers per level).
/// </summary>
internal abstract class BatchOutput : IDisposable
{
    /// <summary>Gets whether the explained decisions are needed (else the short answers of screening suffice).</summary>
    public abstract bool NeedsDecisions { get; }

    /// <summary>Writes the answer for a record read: its decisions or its short answers, whichever <see cref="NeedsDecisions"/> asked for.</summary>
    /// <param name="record">The input record.</param>
    /// <param name="report">The explained decisions, when needed.</param>
    /// <param name="screening">The short answers, when the decisions are not needed.</param>
    public abstract void Write(CandidateRecord record, EligibilityReport? report, ScreeningReport? screening);

    /// <summary>Writes the record of an input record that could not be read.</summary>
    /// <param name="record">The input record, with its errors.</param>
    public abstract void WriteErrors(CandidateRecord record);

    /// <summary>Writes what is buffered.</summary>
    public abstract void Flush();

    /// <inheritdoc />
    public abstract void Dispose();

    /// <summary>The level asked for (<c>--level</c>), or every level.</summary>
    protected static bool Shows(SkillLevel? asked, SkillLevel level) => asked is null || asked == level;
}
