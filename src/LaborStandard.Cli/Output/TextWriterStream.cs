using System.Text;

namespace LaborStandard.Cli.Output;

/// <summary>A write-only stream that decodes UTF-8 bytes into a text writer (standard output in tests). Disposing flushes it and leaves the writer open.</summary>
internal sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
{
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[1024];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var count = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, count);
    }

    public override void Flush() => writer.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            writer.Flush();
        }

        base.Dispose(disposing);
    }
}
