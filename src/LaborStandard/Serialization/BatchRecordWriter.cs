namespace LaborStandard.Serialization;

/// <summary>Turns a batch record's answer into its transfer object.</summary>
internal static class BatchRecordWriter
{
    public static BatchRecordDto Write(BatchAnswer answer)
    {
        var record = answer.Record;
        var dto = new BatchRecordDto { Line = record.Line, CandidateId = record.CandidateId };
        if (!record.IsValid)
        {
            dto.Errors = [.. record.Errors.Select(Error)];
            return dto;
        }

        if (answer.Report is { } report)
        {
            dto.AsOf = CandidateDocumentWriter.Date(report.AsOf);
            dto.Decisions = [.. report.Decisions.Where(d => answer.Level is null || d.Level == answer.Level).Select(d => DecisionDocumentWriter.Write(d, withCandidate: false))];
            dto.HighestEligibleLevel = Highest(report.Decisions.Where(d => d.IsEligible && (answer.Level is null || d.Level == answer.Level)).Select(d => d.Level.Rank));
        }

        return dto;
    }

    /// <summary>One problem in its one JSON shape.</summary>
    public static DocumentErrorDto Error(DocumentError error) => new()
    {
        Path = error.Path,
        Line = error.Line,
        Column = error.Column,
        Value = error.Value,
        Rule = error.Rule,
        Message = StandardDocumentWriter.Text(error.Message),
    };

    // The most senior level has the smallest rank (三级 is senior to 四级).
    private static int? Highest(IEnumerable<int> ranks) => ranks.Any() ? ranks.Min() : null;
}
