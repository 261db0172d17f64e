using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>
/// Walks a candidate's work, sorted by start, and yields runs of qualifying work: periods of the counted occupations,
/// cut to start no earlier than <c>anchor</c>, joined when they overlap, abut, or leave a gap no longer than the
/// tolerance. Allocates nothing.
/// </summary>
/// <remarks>
/// The days of a bridged gap join the run without being served (unless the engine counts them): the worked days of a
/// run through a day are the days from its start less the bridged days before, and a count of worked days is reached
/// that many bridged days later (<see cref="WorkedDays"/>, <see cref="DayOfWorked"/>).
/// </remarks>
internal ref struct RunCursor(ReadOnlySpan<WorkSpan> spans, EngineSettings settings, CandidateProfile candidate, OccupationScope scope, int anchor)
{
    private readonly ReadOnlySpan<WorkSpan> _spans = spans;
    private int _index;

    /// <summary>The first day of the current run.</summary>
    public int Start { get; private set; }

    /// <summary>The last day of the current run, or <see cref="WorkSpan.Ongoing"/>.</summary>
    public int End { get; private set; }

    /// <summary>The index of the run's first period in the sorted spans.</summary>
    public int First { get; private set; }

    /// <summary>The index of the run's last period in the sorted spans.</summary>
    public int Last { get; private set; }

    /// <summary>The days of the gaps the tolerance bridged in the current run, counted as service or not.</summary>
    public int Bridged { get; private set; }

    /// <summary>Whether the bridged days of the current run are left out of its service.</summary>
    public readonly bool SkipsBridged => Bridged > 0 && !settings.CountBridgedDays;

    /// <summary>The days of the current run that are not service: its bridged days, unless they count.</summary>
    public readonly int Unserved => SkipsBridged ? Bridged : 0;

    public bool MoveNext()
    {
        var started = false;
        while (_index < _spans.Length)
        {
            var span = _spans[_index];
            var start = Math.Max(span.From, anchor);
            if (!Counted(span, start))
            {
                _index++;
                continue;
            }

            if (!started)
            {
                (Start, End, First, Last, Bridged, started) = (start, span.To, _index, _index, 0, true);
            }
            else if (End == WorkSpan.Ongoing || (long)start <= (long)End + 1 + settings.GapToleranceDays)
            {
                Bridged += (int)Math.Max(0, (long)start - End - 1);
                End = Math.Max(End, span.To);
                Last = _index;
            }
            else
            {
                break;
            }

            _index++;
        }

        return started;
    }

    /// <summary>The days of service in the current run from its start through <paramref name="day"/>: bridged days left out unless they count.</summary>
    public readonly long WorkedDays(int day)
    {
        var days = Math.Max((long)day - Start + 1, 0);
        return SkipsBridged ? days - BridgedThrough(day) : days;
    }

    /// <summary>The bridged days of the current run from its start through <paramref name="day"/>, whether they count or not.</summary>
    public readonly long BridgedThrough(int day)
    {
        long bridged = 0;
        var (i, reach) = (First, (long)Start - 1);
        while (Bridged > 0 && NextGap(ref i, ref reach, out var first, out var last) && first <= day)
        {
            bridged += Math.Min(last, day) - first + 1;
        }

        return bridged;
    }

    /// <summary>
    /// The day on which the current run has served <paramref name="worked"/> days: that many days from its start, moved on
    /// by each bridged gap that begins by then (unless bridged days count). Saturates at <see cref="int.MaxValue"/>.
    /// </summary>
    public readonly int DayOfWorked(long worked)
    {
        var day = Start + worked - 1;
        var (i, reach) = (First, (long)Start - 1);
        while (SkipsBridged && NextGap(ref i, ref reach, out var first, out var last) && first <= day)
        {
            day += last - first + 1;
        }

        return day <= DateOnly.MaxValue.DayNumber ? (int)day : int.MaxValue;
    }

    /// <summary>
    /// The next gap of the current run, walking its periods from index <paramref name="i"/> with <paramref name="reach"/>
    /// the last day covered so far: the first and last day of the gap before the next counted period that leaves one.
    /// </summary>
    private readonly bool NextGap(ref int i, ref long reach, out long first, out long last)
    {
        for (; i <= Last; i++)
        {
            var start = Math.Max(_spans[i].From, anchor);
            if (!Counted(_spans[i], start))
            {
                continue;
            }

            (first, last) = (reach + 1, (long)start - 1);
            reach = Math.Max(reach, _spans[i].To);
            if (last >= first)
            {
                i++;
                return true;
            }
        }

        (first, last) = (0, 0);
        return false;
    }

    private readonly bool Counted(in WorkSpan span, int start)
        => settings.Counts(span.OccupationCode, scope, candidate) && span.To >= start;
}
