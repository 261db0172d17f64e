namespace LaborStandard.Serialization;

/// <summary>
/// The candidate ids a batch has seen so far and the line of each, for telling a repeated id (two candidates under one
/// id) at the record where it repeats, without keeping the ids: a 64-bit hash and the line, in
/// open-addressing tables split in 256 shards (so that growing one never holds two copies of everything).
/// </summary>
/// <remarks>
/// About 20 bytes an id on average (12 a slot, tables between 40 % and 80 % full): ten million candidates take about
/// 200 MB, a hundred thousand 2 MB. Two different ids are taken for the same one only if their 64-bit hashes are equal:
/// for ten million ids, a chance of about one in 300,000.
/// Not thread-safe.
/// </remarks>
public sealed class CandidateIdRegistry
{
    private const int Shards = 256;
    private const int InitialSlots = 16;

    private readonly ulong[][] _hashes = new ulong[Shards][];
    private readonly uint[][] _lines = new uint[Shards][];
    private readonly int[] _counts = new int[Shards];

    /// <summary>Records an id first seen on a line, or finds the line it was first seen on.</summary>
    /// <param name="id">The id.</param>
    /// <param name="line">The line of this occurrence (lines past 4,294,967,295 are recorded as that).</param>
    /// <param name="firstLine">The line of the first occurrence, when the id was seen before.</param>
    /// <returns>Whether the id is new.</returns>
    public bool TryAdd(ReadOnlySpan<char> id, long line, out long firstLine)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        var hash = Hash(id) | 1UL; // never 0: 0 marks an empty slot
        var shard = (int)(hash >> 56);
        var hashes = _hashes[shard] ??= new ulong[InitialSlots];
        var lines = _lines[shard] ??= new uint[InitialSlots];
        var mask = hashes.Length - 1;
        var i = (int)(hash >> 1) & mask;
        while (hashes[i] != 0)
        {
            if (hashes[i] == hash)
            {
                firstLine = lines[i];
                return false;
            }

            i = (i + 1) & mask;
        }

        hashes[i] = hash;
        lines[i] = (uint)Math.Min(line, uint.MaxValue);
        firstLine = line;
        if (++_counts[shard] * 5 > hashes.Length * 4)
        {
            Grow(shard);
        }

        return true;
    }

    /// <summary>FNV-1a over the characters, then the SplitMix64 finaliser so that every bit depends on every character.</summary>
    private static ulong Hash(ReadOnlySpan<char> id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    private void Grow(int shard)
    {
        var oldHashes = _hashes[shard];
        var oldLines = _lines[shard];
        var hashes = new ulong[oldHashes.Length * 2];
        var lines = new uint[hashes.Length];
        var mask = hashes.Length - 1;
        for (var j = 0; j < oldHashes.Length; j++)
        {
            var hash = oldHashes[j];
            if (hash == 0)
            {
                continue;
            }

            var i = (int)(hash >> 1) & mask;
            while (hashes[i] != 0)
            {
                i = (i + 1) & mask;
            }

            hashes[i] = hash;
            lines[i] = oldLines[j];
        }

        _hashes[shard] = hashes;
        _lines[shard] = lines;
    }
}
