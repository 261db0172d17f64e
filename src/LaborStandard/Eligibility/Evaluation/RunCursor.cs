using LaborStandard.Eligibility.Rules;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>
/// Walks a candidate's work, sorted by start, and yields runs of qualifying work: periods of the counted occupations,
/// cut to start no earlier than <c>anchor</c>, joined when they overlap, abut, or leave a gap no longer than the
/// tolerance. Allocates nothing.
/// </summary>
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

    public bool MoveNext()
    {
        var started = false;
        while (_index < _spans.Length)
        {
            var span = _spans[_index];
            var start = Math.Max(span.From, anchor);
            if (!settings.Counts(span.OccupationCode, scope, candidate) || span.To < start)
            {
                _index++;
                continue;
            }

            if (!started)
            {
                (Start, End, First, Last, started) = (start, span.To, _index, _index, true);
            }
            else if (End == WorkSpan.Ongoing || (long)start <= (long)End + 1 + settings.GapToleranceDays)
            {
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
}
