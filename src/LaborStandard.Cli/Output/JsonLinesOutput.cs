using System.Buffers;
using System.Text.Json;
using LaborStandard.Eligibility;

namespace LaborStandard.Cli.Output;

/// <summary>A batch's answers as JSON Lines, the library's batch records (<see cref="BatchRecordDocument"/>): explained decisions, or with <c>--verdict-only</c> the short answers.</summary>
internal sealed class JsonLinesOutput : BatchOutput
{
    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _record = new(4096);
    private readonly Utf8JsonWriter _writer;
    private readonly SkillLevel? _level;
    private readonly bool _verdictOnly;

    public JsonLinesOutput(Stream stream, SkillLevel? level, bool verdictOnly)
    {
        _stream = new BufferedStream(stream, 1 << 16);

        // The writer writes into a buffer of one record, which is copied into the buffered stream: flushing a writer
        // over a stream would flush the stream too, a system call per record.
        _writer = new Utf8JsonWriter(_record, BatchRecordDocument.WriterOptions);
        _level = level;
        _verdictOnly = verdictOnly;
    }

    public override bool NeedsDecisions => !_verdictOnly;

    public override void Write(CandidateRecord record, EligibilityReport? report, ScreeningReport? screening)
    {
        if (report is not null)
        {
            BatchRecordDocument.Write(_writer, record, report, _level);
        }
        else
        {
            BatchRecordDocument.Write(_writer, record, screening!, _level);
        }

        EndLine();
    }

    public override void WriteErrors(CandidateRecord record)
    {
        BatchRecordDocument.Write(_writer, record);
        EndLine();
    }

    public override void Flush() => _stream.Flush();

    // Flushes, and leaves the stream under the buffer open: its owner commits or closes it.
    public override void Dispose()
    {
        _writer.Dispose();
        _stream.Flush();
    }

    private void EndLine()
    {
        _writer.Flush();
        _stream.Write(_record.WrittenSpan);
        _stream.WriteByte((byte)'\n');
        _record.ResetWrittenCount();
        _writer.Reset();
    }
}
