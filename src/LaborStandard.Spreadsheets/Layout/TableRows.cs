namespace LaborStandard.Spreadsheets.Layout;

/// <summary>
/// The rows of a table, one at a time, whatever the file format: a row's cells stay valid until the next
/// <see cref="MoveNext"/>. The layouts read candidates from it.
/// </summary>
internal abstract class TableRows : IDisposable
{
    /// <summary>Gets the 1-based line (text) or row number (sheet) where the current row starts.</summary>
    public abstract long Line { get; }

    /// <summary>Gets the number of cells of the current row (for a sheet: up to its last cell that holds something).</summary>
    public abstract int Count { get; }

    /// <summary>Gets why the current row's cells cannot be trusted, or <see langword="null"/>.</summary>
    public abstract RowProblem? Problem { get; }

    /// <summary>Gets whether the current row has no content at all: no problem, and every cell empty or white space.</summary>
    public bool IsBlank
    {
        get
        {
            if (Problem is not null)
            {
                return false;
            }

            for (var i = 0; i < Count; i++)
            {
                if (!TextFold.IsBlank(Text(i)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Gets whether a row holding more cells than the header names is a problem of its own (text tables).</summary>
    public abstract bool CountsFields { get; }

    /// <summary>Gets the progress: bytes or rows consumed, and the total when known.</summary>
    public abstract TableProgress Progress { get; }

    /// <summary>Sets the number of fields each row must have, once the header is known (text tables check it).</summary>
    public virtual int ExpectedCount { get; set; }

    /// <summary>Moves to the next row.</summary>
    /// <returns>Whether there is one.</returns>
    public abstract bool MoveNext();

    /// <summary>Gets the text of a cell (empty when the row has no such cell).</summary>
    /// <param name="index">The 0-based cell.</param>
    /// <returns>The text, untrimmed.</returns>
    public abstract ReadOnlySpan<char> Text(int index);

    /// <summary>Gets what a cell holds.</summary>
    /// <param name="index">The 0-based cell.</param>
    /// <returns>The kind; <see cref="CellKind.Text"/> for every cell of a text table.</returns>
    public virtual CellKind Kind(int index) => CellKind.Text;

    /// <summary>Gets the day of a <see cref="CellKind.Date"/> cell.</summary>
    /// <param name="index">The 0-based cell.</param>
    /// <returns>The day.</returns>
    public virtual DateOnly Date(int index) => default;

    /// <summary>Reads a number cell of a sheet as a date: a day serial, or <c>20230901</c> typed as a number.</summary>
    /// <param name="index">The 0-based cell.</param>
    /// <param name="date">The day.</param>
    /// <returns>Whether the number is such a date.</returns>
    public virtual bool TryNumberAsDate(int index, out DateOnly date)
    {
        date = default;
        return false;
    }

    /// <summary>Gets whether a cell is empty or white space.</summary>
    /// <param name="index">The 0-based cell.</param>
    /// <returns>Whether it is blank.</returns>
    public bool IsBlankCell(int index) => index >= Count || TextFold.IsBlank(Text(index));

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the source.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
