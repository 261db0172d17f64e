using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LaborStandard.Eligibility;
using LaborStandard.Serialization;
using LaborStandard.Spreadsheets;

namespace LaborStandard.Benchmarks.Suites;

/// <summary>
/// The stages of <c>eligibility --batch</c> after reading (see <see cref="TableReadingBenchmarks"/> for the read stage),
/// on the same 100,000 office candidates: deciding (the short answers of screening, or the explained decisions) and
/// writing the JSON Lines records of each. The figures are per table of 100,000 candidates.
/// </summary>
[MemoryDiagnoser]
public class BatchStageBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 29);

    private readonly EligibilityEngine _engine = Standards.EmbeddedEngine;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private CandidateRecord[] _records = [];
    private ScreeningReport[] _screenings = [];
    private EligibilityReport[] _reports = [];

    [GlobalSetup]
    public void Setup()
    {
        _records = [.. CandidateTable.Read(new MemoryStream(TableReadingBenchmarks.Csv()), new CandidateTableOptions { Format = TableFormat.Csv })];
        _screenings = [.. _records.Select(r => _engine.Screen(r.Candidate!, AsOf))];
        _reports = [.. _records.Take(10_000).Select(r => _engine.EvaluateAll(r.Candidate!, AsOf))];
    }

    [Benchmark(Baseline = true, Description = "decide: Screen, 100k")]
    public int Screen()
    {
        var eligible = 0;
        foreach (var record in _records)
        {
            eligible += _engine.Screen(record.Candidate!, AsOf).HighestEligibleLevel is null ? 0 : 1;
        }

        return eligible;
    }

    [Benchmark(Description = "decide: EvaluateAll (explained), 100k")]
    public int Explain()
    {
        var eligible = 0;
        foreach (var record in _records)
        {
            eligible += _engine.EvaluateAll(record.Candidate!, AsOf).HighestEligibleLevel is null ? 0 : 1;
        }

        return eligible;
    }

    [Benchmark(Description = "write: short records, 100k")]
    public long WriteShort()
    {
        long bytes = 0;
        using var writer = new Utf8JsonWriter(_buffer, BatchRecordDocument.WriterOptions);
        for (var i = 0; i < _records.Length; i++)
        {
            BatchRecordDocument.Write(writer, _records[i], _screenings[i]);
            bytes += Drain(writer);
        }

        return bytes;
    }

    [Benchmark(Description = "write: explained records, 100k (10k × 10)")]
    public long WriteExplained()
    {
        long bytes = 0;
        using var writer = new Utf8JsonWriter(_buffer, BatchRecordDocument.WriterOptions);
        for (var i = 0; i < _records.Length; i++)
        {
            BatchRecordDocument.Write(writer, _records[i], _reports[i % _reports.Length]);
            bytes += Drain(writer);
        }

        return bytes;
    }

    private long Drain(Utf8JsonWriter writer)
    {
        writer.Flush();
        long written = _buffer.WrittenCount;
        _buffer.ResetWrittenCount();
        writer.Reset();
        return written;
    }
}
