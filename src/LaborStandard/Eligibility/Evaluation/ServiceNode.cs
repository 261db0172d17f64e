using System.Collections.Immutable;
using System.Globalization;
using LaborStandard.Eligibility.Rules;
using LaborStandard.Model;

namespace LaborStandard.Eligibility.Evaluation;

/// <summary>Years of qualifying work, continuous or cumulative, optionally counted from a certificate's issue date.</summary>
internal sealed class ServiceNode : Node
{
    private static readonly LocalizedText NoRun = new("无", "none");

    private readonly ServiceCondition _service;
    private readonly CertificateMatcher? _anchor;
    private readonly bool _continuous;

    // The words that do not depend on the candidate, made once.
    private readonly LocalizedText _scope;
    private readonly LocalizedText _what;
    private readonly LocalizedText _years;
    private readonly Shortfall? _noCertificate;

    /// <inheritdoc />
    protected override CandidateFacts Reads => _anchor is null ? CandidateFacts.WorkHistory : CandidateFacts.WorkHistory | CandidateFacts.Certificates;

    public ServiceNode(ServiceCondition condition)
        : base(condition)
    {
        _service = condition;
        _continuous = condition is ContinuousServiceCondition;
        _anchor = condition.CountedFrom is { } spec ? new CertificateMatcher(spec) : null;
        _scope = DecisionTexts.Scope(condition.Occupations);
        _what = Describe();
        _years = DecisionTexts.Years(condition.Years);
        _noCertificate = _anchor is null
            ? null
            : new Shortfall(ShortfallUnit.None, 0, 0, new LocalizedText($"未持有{_anchor.Wanted.Chinese}，无从计算{_what.Chinese}", $"holds no {_anchor.Wanted.English}, so there is no {_what.English} to count"));
    }

    public override Outcome Evaluate(in Facts facts)
    {
        var anchor = CountFrom(facts, out var known);
        if (anchor == Outcome.Never)
        {
            return Outcome.FromDay(Outcome.Never, facts.AsOf, known);
        }

        var cursor = new RunCursor(facts.Profile.SortedWork, facts.Settings, facts.Profile, _service.Occupations, anchor);
        return Outcome.FromDay(_continuous ? EarliestContinuous(ref cursor) : EarliestCumulative(ref cursor), facts.AsOf, known);
    }

    /// <summary>
    /// The truth alone, for bulk screening: true as soon as a run that starts by the as-of date has N full years by then
    /// (its end or the as-of date, whichever is earlier). The same truth as <see cref="Evaluate"/>: the first run that
    /// completes is the earliest to complete, since a later run starts after it ends.
    /// </summary>
    public override Truth Decide(in Facts facts)
    {
        if (!_continuous)
        {
            return Evaluate(facts).Truth;
        }

        var anchor = CountFrom(facts, out var known);
        if (anchor == Outcome.Never)
        {
            return known ? Truth.False : Truth.Unknown;
        }

        var cursor = new RunCursor(facts.Profile.SortedWork, facts.Settings, facts.Profile, _service.Occupations, anchor);
        while (cursor.MoveNext() && cursor.Start <= facts.AsOf)
        {
            if (CompleteBy(cursor.Start, cursor.WorkedDays(Math.Min(cursor.End, facts.AsOf))))
            {
                return Truth.True;
            }
        }

        return known ? Truth.False : Truth.Unknown;
    }

    public override ConditionResult Explain(in Facts facts, out Outcome outcome)
    {
        outcome = Evaluate(facts);
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        var anchor = CountFrom(facts, out _);
        if (_anchor is not null)
        {
            evidence.AddRange(_anchor.Evidence(facts));
        }

        if (anchor == Outcome.Never)
        {
            return Result(facts, outcome, evidence.ToImmutable(), _noCertificate);
        }

        var spans = facts.Profile.SortedWork;
        foreach (var span in spans)
        {
            if (!facts.Counts(span.OccupationCode, _service.Occupations) && span.From <= facts.AsOf)
            {
                var run = new ServiceRun(span.Source.From, DateOnly.FromDayNumber(Math.Min(span.To, facts.AsOf)), span.To > facts.AsOf, [span.Source]);
                var (first, last, length) = (DecisionTexts.Date(run.Start), DecisionTexts.Date(run.End), run.Length.Text);
                evidence.Add(Evidence.Of(run, false, DecisionTexts.Described(
                    $"{span.OccupationCode} 工作 {first} 至 {last}{(run.ContinuesAfter ? "（仍在继续）" : string.Empty)}，共 {length.Chinese}",
                    $"{span.OccupationCode} work {first} to {last}{(run.ContinuesAfter ? " (ongoing)" : string.Empty)}, {length.English}",
                    DecisionTexts.OutOfScope(_service.Occupations))));
            }
        }

        // Runs as of the date: cut at the as-of date; runs that begin later are not facts yet.
        var requiredDays = 0m;
        var bestDays = 0;
        LocalizedText? best = null;
        var totalDays = 0;
        var cursor = new RunCursor(spans, facts.Settings, facts.Profile, _service.Occupations, anchor);
        while (cursor.MoveNext() && cursor.Start <= facts.AsOf)
        {
            var end = Math.Min(cursor.End, facts.AsOf);
            var periods = ImmutableArray.CreateBuilder<WorkPeriod>(cursor.Last - cursor.First + 1);
            for (var i = cursor.First; i <= cursor.Last; i++)
            {
                if (facts.Counts(spans[i].OccupationCode, _service.Occupations) && spans[i].From <= facts.AsOf)
                {
                    periods.Add(spans[i].Source);
                }
            }

            var run = new ServiceRun(DateOnly.FromDayNumber(cursor.Start), DateOnly.FromDayNumber(end), cursor.End > facts.AsOf, periods.DrainToImmutable());
            var bridged = (int)cursor.BridgedThrough(end);
            var days = end - cursor.Start + 1 - (facts.Settings.CountBridgedDays ? 0 : bridged);
            var length = days == end - cursor.Start + 1 ? run.Length.Text : ServiceCalendar.Elapsed(run.Start, DateOnly.FromDayNumber(cursor.Start + days - 1)).Text;
            totalDays += days;
            var completion = _continuous ? ServiceCalendar.CompletionDay(cursor.Start, _service.Years) : 0;
            var completes = _continuous && cursor.DayOfWorked((long)completion - cursor.Start + 1) <= end;
            if (days > bestDays || completes)
            {
                bestDays = days;
                best = length;
                requiredDays = _continuous ? (long)completion - cursor.Start + 1 : 0;
            }

            var first = DecisionTexts.Date(run.Start);
            var last = DecisionTexts.Date(run.End);
            var gap = Bridged(bridged, facts.Settings.CountBridgedDays);
            evidence.Add(Evidence.Of(run, _continuous ? completes : true, new LocalizedText(
                $"{_scope.Chinese}工作 {first} 至 {last}{(run.ContinuesAfter ? "（仍在继续）" : string.Empty)}，共 {length.Chinese}{gap?.Chinese}",
                $"work in {_scope.English} {first} to {last}{(run.ContinuesAfter ? " (ongoing)" : string.Empty)}, {length.English}{gap?.English}")));
        }

        return Result(facts, outcome, evidence.ToImmutable(), outcome.Truth == Truth.True ? null : Missing(requiredDays, bestDays, best, totalDays));
    }

    /// <summary>
    /// The first day work counts from: the earliest issue of the anchoring certificate (<see cref="Outcome.Never"/> when
    /// the candidate has none), or the beginning of time when the condition has no anchor; and whether the facts it rests
    /// on are known.
    /// </summary>
    private int CountFrom(in Facts facts, out bool known)
    {
        known = facts.Knows(CandidateFacts.WorkHistory);
        if (_anchor is null)
        {
            return int.MinValue;
        }

        known &= facts.Knows(CandidateFacts.Certificates);
        return _anchor.EarliestIssue(facts);
    }

    /// <summary>The day the first run reaches N full years, if one does (runs come in order of start, so the first is the earliest).</summary>
    private int EarliestContinuous(ref RunCursor cursor)
    {
        while (cursor.MoveNext())
        {
            // N years of service: the calendar's N years from the start, moved on by the days the run bridged without serving.
            var complete = cursor.DayOfWorked((long)ServiceCalendar.CompletionDay(cursor.Start, _service.Years) - cursor.Start + 1);
            if (complete <= cursor.End)
            {
                return complete;
            }
        }

        return Outcome.Never;
    }

    /// <summary>
    /// Whether N full years from <paramref name="start"/> are complete after <paramref name="days"/> days of service. N
    /// years are 365 × N days and one more for each 29 February among them, so the calendar is consulted only in between.
    /// </summary>
    private bool CompleteBy(int start, long days)
    {
        var years = _service.Years;
        if (days < (long)ServiceCalendar.DaysInCommonYear * years)
        {
            return false;
        }

        return days >= (long)(ServiceCalendar.DaysInCommonYear + 1) * years || (long)ServiceCalendar.CompletionDay(start, years) - start + 1 <= days;
    }

    /// <summary>The day the days of all runs, each counted once, reach N × 365.</summary>
    private int EarliestCumulative(ref RunCursor cursor)
    {
        long rest = (long)_service.Years * ServiceCalendar.DaysPerCumulativeYear;
        while (cursor.MoveNext())
        {
            // An ongoing run serves the rest, however much it is (its length is not a number to add).
            var length = (long)cursor.End - cursor.Start + 1 - cursor.Unserved;
            if (cursor.End == WorkSpan.Ongoing || length >= rest)
            {
                var day = cursor.DayOfWorked(rest);
                return day <= DateOnly.MaxValue.DayNumber ? day : Outcome.Never;
            }

            rest -= length;
        }

        return Outcome.Never;
    }

    /// <summary>The words for the days a run bridged up to the as-of date: none when it bridged none, else how many and whether they counted.</summary>
    private static LocalizedText? Bridged(int days, bool counted)
    {
        if (days == 0)
        {
            return null;
        }

        var unit = days == 1 ? "day" : "days";
        return counted
            ? new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"（含视为连续的间隔 {days} 天，计入工作时间）"),
                string.Create(CultureInfo.InvariantCulture, $" (including a bridged gap of {days} {unit}, counted as service)"))
            : new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"（其中视为连续的间隔 {days} 天不计入工作时间）"),
                string.Create(CultureInfo.InvariantCulture, $" (a bridged gap of {days} {unit} within, not counted as service)"));
    }

    /// <summary>What is missing: for continuous work, the longest run against the years; for cumulative work, the days against N × 365.</summary>
    private Shortfall Missing(decimal requiredDays, int bestDays, LocalizedText? best, int totalDays)
    {
        if (_continuous)
        {
            var have = best ?? NoRun;
            return new Shortfall(
                ShortfallUnit.Days,
                requiredDays == 0 ? _service.Years * ServiceCalendar.DaysPerCumulativeYear : requiredDays,
                bestDays,
                new LocalizedText($"{_what.Chinese}：已满 {have.Chinese}，需 {_service.Years} 年", $"{_what.English}: {have.English} of {_years.English}"));
        }

        var need = _service.Years * ServiceCalendar.DaysPerCumulativeYear;
        return new Shortfall(
            ShortfallUnit.Days,
            need,
            totalDays,
            new LocalizedText(string.Create(CultureInfo.InvariantCulture, $"{_what.Chinese}：累计 {totalDays} 天，需 {need} 天（{_service.Years} 年）"), string.Create(CultureInfo.InvariantCulture, $"{_what.English}: {totalDays} days of {need} days ({_years.English})")));
    }

    private LocalizedText Describe()
    {
        var scope = DecisionTexts.Scope(_service.Occupations);
        var kind = _continuous ? new LocalizedText("连续", "continuous") : new LocalizedText("累计", "cumulative");
        return _anchor is null
            ? new LocalizedText($"在{scope.Chinese}{kind.Chinese}工作", $"{kind.English} work in {scope.English}")
            : new LocalizedText($"取得{_anchor.Wanted.Chinese}后在{scope.Chinese}{kind.Chinese}工作", $"{kind.English} work in {scope.English} after obtaining the {_anchor.Wanted.English}");
    }
}
