using System.Text.Json;

namespace LaborStandard.Serialization;

/// <summary>
/// Splits a stream of JSON Lines into its lines, as bytes: LF or CRLF ends, a UTF-8 byte-order mark skipped, blank lines
/// skipped, memory bounded by the longest line allowed (a longer line is reported by its length and skipped, not held).
/// </summary>
internal static class JsonLines
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>One line: its 1-based number and bytes (valid until the next line is read), or only its length when too long.</summary>
    public readonly record struct Line(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong, long Length);

    public static IEnumerable<Line> Read(Stream stream, int maxLineBytes)
    {
        var buffer = new byte[Math.Min(ChunkSize, maxLineBytes + 2)];
        int start = 0, end = 0;
        long number = 0, skipped = 0;
        var skipping = false;
        var first = true;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0)
            {
                // No line end in the buffer: keep what is there (or count it, when skipping) and read more.
                if (skipping)
                {
                    skipped += end - start;
                    start = end = 0;
                }
                else if (end - start > maxLineBytes)
                {
                    skipping = true;
                    skipped = end - start;
                    start = end = 0;
                }
                else if (start > 0 || end == buffer.Length)
                {
                    if (start == 0)
                    {
                        Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxLineBytes + 2));
                    }
                    else
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    break;
                }

                if (first)
                {
                    first = false;
                    if (read >= 3 && buffer.AsSpan(end, 3).SequenceEqual("\uFEFF"u8))
                    {
                        start = 3;
                    }
                }

                end += read;
                continue;
            }

            number++;
            var length = newline;
            if (skipping)
            {
                yield return new Line(number, default, true, skipped + length);
                skipping = false;
            }
            else
            {
                var bytes = buffer.AsMemory(start, length);
                if (!bytes.IsEmpty && bytes.Span[^1] == (byte)'\r')
                {
                    bytes = bytes[..^1];
                }

                if (bytes.Length > maxLineBytes)
                {
                    yield return new Line(number, default, true, bytes.Length);
                }
                else if (!IsBlank(bytes.Span))
                {
                    yield return new Line(number, bytes, false, bytes.Length);
                }
            }

            start += newline + 1;
        }

        // The last line, without a line end.
        if (skipping)
        {
            yield return new Line(number + 1, default, true, skipped + (end - start));
        }
        else if (end > start && !IsBlank(buffer.AsSpan(start, end - start)))
        {
            var bytes = buffer.AsMemory(start, end - start);
            if (bytes.Span[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            yield return bytes.Length > maxLineBytes ? new Line(number + 1, default, true, bytes.Length) : new Line(number + 1, bytes, false, bytes.Length);
        }
    }

    /// <summary>The string value of a top-level member of a JSON object, read as far as the JSON is sound; null when not found.</summary>
    /// <param name="json">The JSON, possibly broken after the member.</param>
    /// <param name="name">The member's name as UTF-8.</param>
    /// <returns>The value, or null.</returns>
    public static string? TopLevelString(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                if (!reader.Read())
                {
                    return null;
                }

                if (match)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Broken before the member: no id to give.
        }
        catch (InvalidOperationException)
        {
            // Skip of an incomplete value.
        }

        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;
}
