using System.Diagnostics;

namespace LaborStandard.Cli.Output;

/// <summary>
/// A batch's progress on a terminal, redrawn in place on one line of stderr at most ten times a second: records done,
/// how far through the input (percent, when its size is known), records a second and the time left. Cleared when the
/// batch ends, so that only the summary stays. Only for a terminal: redirected stderr gets no such line.
/// </summary>
internal sealed class ProgressLine(Session session, string file, Func<(long Done, long? Total, bool Rows)> position)
{
    private static readonly long Interval = Stopwatch.Frequency / 10;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _next = Interval;
    private int _width;

    /// <summary>Redraws the line if a tenth of a second has passed since the last time.</summary>
    /// <param name="records">The records answered so far.</param>
    public void Tick(long records)
    {
        var now = _clock.ElapsedTicks;
        if (now < _next)
        {
            return;
        }

        _next = now + Interval;
        var (done, total, _) = position();
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? records / seconds : 0;
        double? fraction = total is > 0 ? Math.Clamp((double)done / total.Value, 0, 1) : null;
        TimeSpan? left = fraction is > 0.001 and < 1 ? TimeSpan.FromSeconds(seconds * (1 - fraction.Value) / fraction.Value) : null;
        Draw(session.Text.ProgressLine(file, records, fraction, rate, left));
    }

    /// <summary>Clears the line.</summary>
    public void Clear()
    {
        if (_width > 0)
        {
            session.Error.Write('\r' + new string(' ', _width) + '\r');
            session.Error.Flush();
            _width = 0;
        }
    }

    private void Draw(string text)
    {
        var width = Width(text);
        session.Error.Write('\r' + text + (width < _width ? new string(' ', _width - width) : string.Empty));
        session.Error.Flush();
        _width = Math.Max(width, _width);
    }

    // Chinese characters take two columns of a terminal.
    private static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c >= '\u1100' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter ? 2 : 1;
        }

        return width;
    }
}
