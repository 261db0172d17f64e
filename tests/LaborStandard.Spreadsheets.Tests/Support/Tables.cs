using System.Text;
using LaborStandard.Serialization;

namespace LaborStandard.Spreadsheets.Tests.Support;

/// <summary>Reads tables from text, bytes or corpus files, and describes each record in one line for exact assertions.</summary>
internal static class Tables
{
    /// <summary>Reads a table given as text, written in UTF-8.</summary>
    public static List<CandidateRecord> Read(string text, CandidateTableOptions? options = null)
        => ReadBytes(Encoding.UTF8.GetBytes(text), options);

    /// <summary>Reads a table given as bytes.</summary>
    public static List<CandidateRecord> ReadBytes(byte[] bytes, CandidateTableOptions? options = null)
        => [.. CandidateTable.Read(new MemoryStream(bytes), options)];

    /// <summary>Reads a file of the corpus.</summary>
    public static List<CandidateRecord> ReadCorpus(string name, CandidateTableOptions? options = null)
        => ReadBytes(File.ReadAllBytes(CorpusPath(name)), (options ?? CandidateTableOptions.Default) is var o && o.FileName is null ? With(o, name) : o);

    /// <summary>The path of a file of the corpus.</summary>
    public static string CorpusPath(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", name);

    /// <summary>
    /// One record in one line: its line, its id, and "ok" or each error as rule@column (or rule@path when there is no
    /// column), e.g. <c>12 A-7 table-date@发证日期</c>.
    /// </summary>
    public static string Outcome(CandidateRecord record)
        => $"{record.Line} {record.CandidateId ?? "-"} {(record.IsValid ? "ok" : string.Join(" ", record.Errors.Select(e => $"{e.Rule}@{e.Column ?? e.Path}")))}";

    /// <summary>The outcomes of every record.</summary>
    public static string[] Outcomes(IEnumerable<CandidateRecord> records) => [.. records.Select(Outcome)];

    private static CandidateTableOptions With(CandidateTableOptions options, string name)
        => new()
        {
            Format = options.Format,
            Encoding = options.Encoding,
            Sheet = options.Sheet,
            Columns = options.Columns,
            MaxRecordLength = options.MaxRecordLength,
            CheckRepeatedIds = options.CheckRepeatedIds,
            FileName = name,
        };
}
