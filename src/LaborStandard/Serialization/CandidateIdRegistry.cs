using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LaborStandard.Serialization;

/// <summary>
/// The candidate ids a batch has seen so far and the line of each, for telling a repeated id (two candidates under one
/// id) at the record where it repeats, without keeping the ids: a 64-bit hash and the line, in open-addressing tables
/// split in 256 shards, held outside the garbage-collected heap so that a table outgrown is given back at once instead
/// of waiting, with every earlier size, for a full collection.
/// </summary>
/// <remarks>
/// <para>
/// A slot takes 10 bytes: the 56 bits of the hash that do not name the shard, and the line in 3 bytes (a line from
/// 16,777,215 on is kept beside the tables). A shard grows by half when it is four-fifths full, so tables are between
/// 53 % and 80 % full: 12.5 to 19 bytes an id; ten million ids take about 135 MB, a hundred thousand about 2 MB. Two
/// different ids are taken for the same one only if their 64-bit hashes are equal: for ten million ids, a chance of
/// about one in 180,000.
/// </para>
/// <para>
/// Dispose the registry when the batch ends to give its memory back at once; a registry not disposed gives it back
/// when it is collected. Not thread-safe.
/// </para>
/// </remarks>
public sealed unsafe class CandidateIdRegistry : IDisposable
{
    private const int Shards = 256;
    private const int InitialSlots = 16;
    private const int SlotBytes = 10;
    private const ulong StoredHash = (1UL << 56) - 1;
    private const uint FarLine = (1U << 24) - 1;

    // Per shard: the slots, how many there are and how many are taken. A slot is 7 bytes of hash (0 for an empty
    // slot) and 3 bytes of line, little-endian, read and written unaligned.
    private readonly byte*[] _slots = new byte*[Shards];
    private readonly int[] _sizes = new int[Shards];
    private readonly int[] _counts = new int[Shards];

    // The lines that do not fit in 3 bytes, by the id's whole hash.
    private Dictionary<ulong, long>? _farLines;
    private bool _disposed;

    /// <summary>Finalizes the registry: gives its tables back if it was not disposed.</summary>
    ~CandidateIdRegistry() => Free();

    /// <summary>Records an id first seen on a line, or finds the line it was first seen on.</summary>
    /// <param name="id">The id.</param>
    /// <param name="line">The line of this occurrence.</param>
    /// <param name="firstLine">The line of the first occurrence, when the id was seen before.</param>
    /// <returns>Whether the id is new.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    /// <exception cref="ObjectDisposedException">The registry was disposed.</exception>
    public bool TryAdd(ReadOnlySpan<char> id, long line, out long firstLine)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var hash = Hash(id) | 1UL; // the stored part is never 0: 0 marks an empty slot
        var shard = (int)(hash >> 56);
        var stored = hash & StoredHash;
        var slots = _slots[shard];
        if (slots is null)
        {
            slots = _slots[shard] = Allocate(InitialSlots);
            _sizes[shard] = InitialSlots;
        }

        var size = _sizes[shard];
        var i = Home(stored, size);
        ulong found;
        while ((found = HashAt(slots, i)) != 0)
        {
            if (found == stored)
            {
                var near = LineAt(slots, i);
                firstLine = near == FarLine ? _farLines![hash] : near;
                return false;
            }

            i = i + 1 == size ? 0 : i + 1;
        }

        if (line >= FarLine)
        {
            (_farLines ??= [])[hash] = line;
        }

        Put(slots, i, stored, (uint)Math.Min(line, FarLine));
        firstLine = line;
        if (++_counts[shard] * 5L > size * 4L)
        {
            Grow(shard);
        }

        return true;
    }

    /// <summary>Gives the registry's memory back; it records nothing more afterwards.</summary>
    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
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

    // The first slot to try: 32 stored bits of the hash as a fraction of the table (of any size, not only a power of
    // two, so that a table can grow by half).
    private static int Home(ulong stored, int size) => (int)((((stored >> 16) & 0xFFFFFFFFUL) * (ulong)size) >> 32);

    private static ulong HashAt(byte* slots, int i) => Unsafe.ReadUnaligned<ulong>(slots + ((nint)i * SlotBytes)) & StoredHash;

    private static uint LineAt(byte* slots, int i) => Unsafe.ReadUnaligned<uint>(slots + ((nint)i * SlotBytes) + 6) >> 8;

    private static void Put(byte* slots, int i, ulong stored, uint line)
    {
        var slot = slots + ((nint)i * SlotBytes);
        Unsafe.WriteUnaligned(slot, stored | ((ulong)(line & 0xFF) << 56));
        Unsafe.WriteUnaligned(slot + 8, (ushort)(line >> 8));
    }

    private static byte* Allocate(int size) => (byte*)NativeMemory.AllocZeroed((nuint)size, SlotBytes);

    private void Grow(int shard)
    {
        var old = _slots[shard];
        var oldSize = _sizes[shard];
        var size = oldSize + (oldSize / 2);
        var slots = Allocate(size);
        for (var j = 0; j < oldSize; j++)
        {
            var stored = HashAt(old, j);
            if (stored == 0)
            {
                continue;
            }

            var i = Home(stored, size);
            while (HashAt(slots, i) != 0)
            {
                i = i + 1 == size ? 0 : i + 1;
            }

            Put(slots, i, stored, LineAt(old, j));
        }

        _slots[shard] = slots;
        _sizes[shard] = size;
        NativeMemory.Free(old);
    }

    private void Free()
    {
        _disposed = true;
        for (var shard = 0; shard < Shards; shard++)
        {
            NativeMemory.Free(_slots[shard]);
            _slots[shard] = null;
        }
    }
}
