namespace LaborStandard.Serialization;

/// <summary>Reads a stream into memory without ever holding more than the size limit plus one byte.</summary>
internal static class StreamInput
{
    public static byte[] ReadBounded(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, (long)maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                // One byte past the limit is enough for the reader to report the size.
                break;
            }
        }

        return buffer.ToArray();
    }
}
