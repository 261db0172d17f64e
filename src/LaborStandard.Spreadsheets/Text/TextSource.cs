using System.Text;

namespace LaborStandard.Spreadsheets.Text;

/// <summary>
/// The characters of a byte stream, decoded strictly: a UTF-8 or UTF-16 byte-order mark chooses the encoding (and is
/// not part of the text), otherwise the given encoding applies; an invalid byte sequence becomes
/// <see cref="TableEncodings.InvalidMark"/>, which the reader above reports with the line that holds it.
/// </summary>
/// <remarks>Counts the bytes consumed for progress; the count may be read from another thread. Not thread-safe otherwise.</remarks>
internal sealed class TextSource
{
    private const int ByteBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _bytes = new byte[ByteBufferSize];
    private Decoder? _decoder;
    private Encoding _encoding;
    private int _byteStart;
    private int _byteEnd;
    private bool _streamEnded;
    private bool _flushed;
    private long _consumed;

    public TextSource(Stream stream, Encoding encoding)
    {
        _stream = stream;
        _encoding = TableEncodings.Strict(encoding);
    }

    /// <summary>Gets the encoding in use: the one given, or the one a byte-order mark named (known after the first read).</summary>
    public Encoding Encoding => _encoding;

    /// <summary>Gets the number of bytes read from the stream so far.</summary>
    public long BytesConsumed => Volatile.Read(ref _consumed);

    /// <summary>Reads characters into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write; at least 2 characters (a surrogate pair).</param>
    /// <returns>The number of characters written; 0 only at the end of the text.</returns>
    public int Read(Span<char> destination)
    {
        if (_decoder is null)
        {
            Start();
        }

        while (true)
        {
            if (_byteStart == _byteEnd && !_streamEnded)
            {
                Fill();
            }

            if (_byteStart == _byteEnd)
            {
                if (_flushed)
                {
                    return 0;
                }

                // The end: a sequence cut short by the end of the stream is invalid too.
                _flushed = true;
                _decoder!.Convert([], destination, flush: true, out _, out var tail, out _);
                if (tail > 0)
                {
                    return tail;
                }

                return 0;
            }

            _decoder!.Convert(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), destination, flush: false, out var bytesUsed, out var charsUsed, out _);
            _byteStart += bytesUsed;
            if (charsUsed > 0)
            {
                return charsUsed;
            }
        }
    }

    private void Start()
    {
        // Read until the longest byte-order mark could be seen (or the stream ends).
        while (_byteEnd < 3 && !_streamEnded)
        {
            var read = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
            if (read == 0)
            {
                _streamEnded = true;
            }

            _byteEnd += read;
            Volatile.Write(ref _consumed, _consumed + read);
        }

        var head = _bytes.AsSpan(0, _byteEnd);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _encoding = TableEncodings.Utf8;
            _byteStart = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _encoding = TableEncodings.Utf16LittleEndian;
            _byteStart = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _encoding = TableEncodings.Utf16BigEndian;
            _byteStart = 2;
        }

        _decoder = _encoding.GetDecoder();
    }

    private void Fill()
    {
        _byteStart = 0;
        _byteEnd = _stream.Read(_bytes, 0, _bytes.Length);
        if (_byteEnd == 0)
        {
            _streamEnded = true;
        }

        Volatile.Write(ref _consumed, _consumed + _byteEnd);
    }
}
