namespace LaborStandard.Eligibility;

/// <summary>A period of work as day numbers, ordered by start then end, so that service is counted in one pass.</summary>
internal readonly record struct WorkSpan(string OccupationCode, int From, int To, WorkPeriod Source) : IComparable<WorkSpan>
{
    /// <summary>The end of a period that goes on.</summary>
    public const int Ongoing = int.MaxValue;

    public int CompareTo(WorkSpan other)
    {
        var byStart = From.CompareTo(other.From);
        return byStart != 0 ? byStart : To.CompareTo(other.To);
    }
}
