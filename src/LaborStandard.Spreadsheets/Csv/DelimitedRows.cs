using System.Buffers;
using LaborStandard.Spreadsheets.Layout;
using LaborStandard.Spreadsheets.Text;

namespace LaborStandard.Spreadsheets.Csv;

/// <summary>
/// The rows of a CSV (comma) or TSV (tab) text as RFC 4180 writes them and spreadsheets save them: fields optionally in
/// double quotes, a doubled quote inside quotes for a quote, line breaks inside quotes, CRLF, LF or CR line ends.
/// </summary>
/// <remarks>
/// <para>
/// Why not a library's reader: Sep (the fastest well-kept one, and the one this package writes with) tracks quotes over
/// the whole input, so one unclosed or stray quote turns the rest of a file into a single row, which it buffers (up to
/// 16 Mi characters, then the whole read fails); it reads ahead in large blocks, so a layer under it cannot re-frame the
/// lines after a broken record; and its unescaping accepts malformed quoting silently (<c>"a"b</c> reads as <c>ab</c>).
/// Making "an unclosed quote costs at most its own record" hold needs the character-level scan that is the whole of a
/// CSV reader, so this is that scan, vectorised with <see cref="SearchValues{T}"/>, over one reused buffer.
/// </para>
/// <para>
/// Framing rules: a quote inside an unquoted field is text and a problem of that field; text after a closing quote is
/// a problem of that field; a record whose quoted field spans lines is accepted only when it is well-formed and has the
/// header's number of fields; otherwise its first line alone is reported (<see cref="TableRules.CsvUnclosedQuote"/>)
/// and reading goes on at the next line. A record longer than the limit is reported
/// (<see cref="TableRules.RecordSize"/>) and skipped to the end of its line, so memory stays flat whatever the input.
/// </para>
/// </remarks>
internal sealed class DelimitedRows : TableRows
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly TextSource _source;
    private readonly Stream _stream;
    private readonly char _separator;
    private readonly int _maxRecord;
    private readonly SearchValues<char> _unquotedStops;
    private readonly SearchValues<char> _lineOrSeparator;
    private readonly long? _totalBytes;

    private char[] _chars = new char[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _eof;
    private long _line = 1;

    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];
    private int _count;
    private long _recordLine;
    private RowProblem? _problem;
    private int _recordEnd;
    private int _recordBreaks;
    private bool _skipLine;
    private bool _started;
    private int _spanning = -1;

    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");

    public DelimitedRows(Stream stream, System.Text.Encoding encoding, char separator, int maxRecord)
    {
        _stream = stream;
        _source = new TextSource(stream, encoding);
        _separator = separator;
        _maxRecord = maxRecord;
        _unquotedStops = SearchValues.Create(['"', '\r', '\n', separator]);
        _lineOrSeparator = SearchValues.Create(['\r', '\n', separator]);
        _totalBytes = stream.CanSeek ? SafeLength(stream) : null;
    }

    private enum Status
    {
        Complete,
        NeedMore,
    }

    /// <summary>Gets the encoding in use (the given one, or the one a byte-order mark named).</summary>
    public System.Text.Encoding Encoding => _source.Encoding;

    public override long Line => _recordLine;

    public override int Count => _count;

    public override RowProblem? Problem => _problem;

    public override bool CountsFields => true;

    public override TableProgress Progress => new(_source.BytesConsumed, _totalBytes, TableProgressUnit.Bytes);

    public override ReadOnlySpan<char> Text(int index)
        => index < _count ? _chars.AsSpan(_fieldStart[index], _fieldLength[index]) : [];

    public override bool MoveNext()
    {
        if (_started)
        {
            _start = _recordEnd;
            _line += _recordBreaks;
        }

        _started = true;
        _problem = null;
        _count = 0;
        if (_skipLine)
        {
            _skipLine = false;
            SkipToNextLine();
        }

        while (true)
        {
            if (_start == _end)
            {
                if (_eof)
                {
                    _recordEnd = _start;
                    _recordBreaks = 0;
                    return false;
                }

                Fill();
                continue;
            }

            _recordLine = _line;
            if (Parse() == Status.Complete)
            {
                CheckDecoding();
                CheckLength();
                return true;
            }

            if (_end - _start > _maxRecord)
            {
                OverLimit();
                return true;
            }

            Fill();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _stream.Dispose();
        }
    }

    private static long? SafeLength(Stream stream)
    {
        try
        {
            return stream.Length;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Parses the record at <see cref="_start"/>; on success the fields, problem, end and line breaks are set.</summary>
    private Status Parse()
    {
        var data = _chars.AsSpan(_start, _end - _start);
        var eof = _eof;
        var pos = 0;
        var count = 0;
        var breaks = 0;
        var firstSpanningField = -1;
        RowProblem? problem = null;
        while (true)
        {
            if (count == _fieldStart.Length)
            {
                Array.Resize(ref _fieldStart, count * 2);
                Array.Resize(ref _fieldLength, count * 2);
            }

            if (pos < data.Length && data[pos] == '"')
            {
                var contentStart = pos + 1;
                var p = contentStart;
                var escaped = false;
                while (true)
                {
                    var i = data[p..].IndexOfAny(QuotedStops);
                    if (i < 0)
                    {
                        if (!eof)
                        {
                            return NeedMore(count, firstSpanningField);
                        }

                        // The end of the text inside quotes.
                        _count = count;
                        return firstSpanningField >= 0
                            ? Reframe(firstSpanningField)
                            : Finish(data.Length, breaks, new RowProblem(TableRules.CsvUnclosedQuote, Messages.UnclosedQuoteAtEnd, _line, count));
                    }

                    p += i;
                    if (data[p] == '"')
                    {
                        if (p + 1 == data.Length && !eof)
                        {
                            return NeedMore(count, firstSpanningField);
                        }

                        if (p + 1 < data.Length && data[p + 1] == '"')
                        {
                            escaped = true;
                            p += 2;
                            continue;
                        }

                        break;
                    }

                    if (data[p] == '\r' && p + 1 == data.Length && !eof)
                    {
                        return NeedMore(count, firstSpanningField);
                    }

                    p += data[p] == '\r' && p + 1 < data.Length && data[p + 1] == '\n' ? 2 : 1;
                    breaks++;
                    if (firstSpanningField < 0)
                    {
                        firstSpanningField = count;
                    }
                }

                _fieldStart[count] = _start + contentStart;
                _fieldLength[count] = escaped ? -(p - contentStart) - 1 : p - contentStart;
                pos = p + 1;
                if (pos < data.Length && data[pos] != _separator && data[pos] is not '\r' and not '\n')
                {
                    problem ??= new RowProblem(TableRules.CsvQuote, Messages.TextAfterClosingQuote, _line + breaks, count);
                    var j = data[pos..].IndexOfAny(_lineOrSeparator);
                    if (j < 0 && !eof)
                    {
                        return NeedMore(count, firstSpanningField);
                    }

                    pos = j < 0 ? data.Length : pos + j;
                }
                else if (pos == data.Length && !eof)
                {
                    return NeedMore(count, firstSpanningField);
                }
            }
            else
            {
                var i = data[pos..].IndexOfAny(_unquotedStops);
                if (i >= 0 && data[pos + i] == '"')
                {
                    problem ??= new RowProblem(TableRules.CsvQuote, Messages.QuoteInsideField, _line + breaks, count);
                    var j = data[(pos + i)..].IndexOfAny(_lineOrSeparator);
                    i = j < 0 ? -1 : i + j;
                }

                if (i < 0)
                {
                    if (!eof)
                    {
                        return NeedMore(count, firstSpanningField);
                    }

                    i = data.Length - pos;
                }

                _fieldStart[count] = _start + pos;
                _fieldLength[count] = i;
                pos += i;
            }

            count++;
            if (pos == data.Length)
            {
                break;
            }

            var d = data[pos];
            if (d == _separator)
            {
                pos++;
                continue;
            }

            if (d == '\r' && pos + 1 == data.Length && !eof)
            {
                return NeedMore(count, firstSpanningField);
            }

            pos += d == '\r' && pos + 1 < data.Length && data[pos + 1] == '\n' ? 2 : 1;
            breaks++;
            break;
        }

        _count = count;
        if (firstSpanningField >= 0 && (problem is not null || (ExpectedCount > 0 && count != ExpectedCount)))
        {
            return Reframe(firstSpanningField);
        }

        return Finish(pos, breaks, problem);
    }

    private Status Finish(int length, int breaks, RowProblem? problem)
    {
        Unescape(_count);
        _recordEnd = _start + length;
        _recordBreaks = breaks;
        _problem = problem;
        return Status.Complete;
    }

    private Status NeedMore(int count, int firstSpanningField)
    {
        _count = count;
        _spanning = firstSpanningField;
        return Status.NeedMore;
    }

    /// <summary>
    /// A quoted field that ran over a line break does not make a valid record: report the record's first line alone and
    /// go on at the next line, so that the quote costs its own record and no other.
    /// </summary>
    private Status Reframe(int field)
    {
        _count = Math.Min(_count, field);
        var data = _chars.AsSpan(_start, _end - _start);
        var i = data.IndexOfAny(LineBreaks);
        var length = data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n' ? i + 2 : i + 1;
        return Finish(length, 1, new RowProblem(TableRules.CsvUnclosedQuote, Messages.UnclosedQuote, _line, field));
    }

    /// <summary>The record outgrew the limit: report it, keep the fields read in full, and skip the rest of its line.</summary>
    private void OverLimit()
    {
        if (_spanning >= 0)
        {
            Reframe(_spanning);
            return;
        }

        Unescape(_count);
        _problem = new RowProblem(TableRules.RecordSize, Messages.RecordTooLong(_maxRecord), _line, _count);
        _recordEnd = _end;
        _recordBreaks = 0;
        _skipLine = true;
    }

    /// <summary>A record read whole (it fitted the buffer) may still be longer than the limit: it is an error all the same.</summary>
    private void CheckLength()
    {
        if (_recordEnd - _start <= _maxRecord || _problem is not null)
        {
            return;
        }

        var field = 0;
        while (field < _count - 1 && _fieldStart[field] + _fieldLength[field] - _start <= _maxRecord)
        {
            field++;
        }

        _count = field;
        _problem = new RowProblem(TableRules.RecordSize, Messages.RecordTooLong(_maxRecord), _line, field);
    }

    /// <summary>Drops characters up to and including the next line break (the rest of an over-long record).</summary>
    private void SkipToNextLine()
    {
        while (true)
        {
            var data = _chars.AsSpan(_start, _end - _start);
            var i = data.IndexOfAny(LineBreaks);
            if (i >= 0)
            {
                if (data[i] == '\r' && i + 1 == data.Length && !_eof)
                {
                    _start += i;
                    Fill();
                    continue;
                }

                _start += data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n' ? i + 2 : i + 1;
                _line++;
                return;
            }

            _start = _end;
            if (_eof)
            {
                return;
            }

            Fill();
        }
    }

    /// <summary>Turns the doubled quotes of quoted fields into single ones, in place (the record is consumed).</summary>
    private void Unescape(int count)
    {
        for (var f = 0; f < count; f++)
        {
            if (_fieldLength[f] >= 0)
            {
                continue;
            }

            var length = -_fieldLength[f] - 1;
            var field = _chars.AsSpan(_fieldStart[f], length);
            var write = 0;
            for (var read = 0; read < length; read++)
            {
                field[write++] = field[read];
                if (field[read] == '"')
                {
                    read++;
                }
            }

            _fieldLength[f] = write;
        }
    }

    /// <summary>A byte the encoding cannot read makes the record an error at the line that holds it.</summary>
    private void CheckDecoding()
    {
        var record = _chars.AsSpan(_start, _recordEnd - _start);
        var at = record.IndexOf(TableEncodings.InvalidMark);
        if (at < 0 || _problem is not null)
        {
            return;
        }

        var line = _line;
        for (var i = 0; i < at; i++)
        {
            if (record[i] == '\n' || (record[i] == '\r' && (i + 1 >= record.Length || record[i + 1] != '\n')))
            {
                line++;
            }
        }

        var field = -1;
        for (var f = 0; f < _count; f++)
        {
            if (_start + at >= _fieldStart[f] - 1)
            {
                field = f;
            }
        }

        _problem = new RowProblem(TableRules.TextEncoding, Messages.InvalidBytes(TableEncodings.DisplayName(_source.Encoding)), line, field);
    }

    /// <summary>Keeps the current record at the start of the buffer and reads more text after it, growing the buffer up to the limit.</summary>
    private void Fill()
    {
        var length = _end - _start;
        if (_start > 0)
        {
            _chars.AsSpan(_start, length).CopyTo(_chars);
            ShiftFields(-_start);
            _recordEnd -= _start;
            _start = 0;
            _end = length;
        }

        if (_end + 2 > _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        var read = _source.Read(_chars.AsSpan(_end));
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private void ShiftFields(int by)
    {
        for (var f = 0; f < _count; f++)
        {
            _fieldStart[f] += by;
        }
    }
}
