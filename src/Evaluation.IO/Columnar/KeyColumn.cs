using System;
using System.Collections.Generic;
using System.Numerics;
using System.Threading.Tasks;

namespace Evaluation.IO.Columnar;

/// <summary>
/// One key per row of a table (a record identifier, or none), kept as characters in one arena beside a 64-bit hash:
/// millions of identifiers without a string object each. Keys are matched in bulk, after reading, by partitioning the
/// rows on their hashes so that each partition's table fits in the processor's cache, on every processor; matching
/// hashes are confirmed by comparing the text, so the outcome is exact.
/// </summary>
internal sealed class KeyColumn
{
    private const int PartitionBits = 10;
    private char[] arena = new char[1 << 20];
    private int used;
    private int[] ends = new int[1 << 16];
    private ulong[] hashes = new ulong[1 << 16];

    /// <summary>The number of rows.</summary>
    internal int Count { get; private set; }

    /// <summary>Appends a row's key; empty text is no key.</summary>
    internal void Add(ReadOnlySpan<char> key)
    {
        if (Count == hashes.Length)
        {
            Array.Resize(ref hashes, hashes.Length * 2);
            Array.Resize(ref ends, hashes.Length);
        }
        if (used + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, used + key.Length));
        }
        key.CopyTo(arena.AsSpan(used));
        used += key.Length;
        ends[Count] = used;
        hashes[Count] = key.IsEmpty ? 0 : Hash(key);
        Count++;
    }

    /// <summary>The key of a row; empty when the row has none.</summary>
    internal ReadOnlySpan<char> At(int row)
    {
        int start = row == 0 ? 0 : ends[row - 1];
        return arena.AsSpan(start, ends[row] - start);
    }

    /// <summary>Whether a row has a key.</summary>
    internal bool Has(int row) => ends[row] != (row == 0 ? 0 : ends[row - 1]);

    /// <summary>For each row, the first row (in row order) with the same key; -1 for rows without a key.</summary>
    internal int[] FirstOccurrences() => Match(this, this);

    /// <summary>For each row, the first row of <paramref name="other"/> with the same key, or -1.</summary>
    internal int[] FindIn(KeyColumn other) => Match(this, other);

    /// <summary>The first row holding each of a few keys, found in one pass; keys not held are left out.</summary>
    internal Dictionary<string, int> FindAll(IEnumerable<string> keys)
    {
        var wanted = new Dictionary<ulong, List<string>>();
        foreach (string key in keys)
        {
            if (key.Length > 0)
            {
                ulong hash = Hash(key);
                (wanted.TryGetValue(hash, out List<string>? list) ? list : wanted[hash] = []).Add(key);
            }
        }
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int row = 0; row < Count && wanted.Count > 0; row++)
        {
            if (wanted.TryGetValue(hashes[row], out List<string>? candidates))
            {
                foreach (string key in candidates)
                {
                    if (At(row).SequenceEqual(key))
                    {
                        found.TryAdd(key, row);
                    }
                }
            }
        }
        return found;
    }

    /// <summary>
    /// For each row of <paramref name="probe"/>, the first row of <paramref name="build"/> with the same key, or -1: both
    /// are partitioned on their hashes' top bits, and each partition matched with a table of its own.
    /// </summary>
    private static int[] Match(KeyColumn probe, KeyColumn build)
    {
        (int[] buildStarts, int[] buildRows) = Partition(build);
        (int[] probeStarts, int[] probeRows) = ReferenceEquals(probe, build) ? (buildStarts, buildRows) : Partition(probe);
        int[] result = new int[probe.Count];
        Array.Fill(result, -1);
        Parallel.For(0, 1 << PartitionBits, () => (Hashes: new ulong[64], Rows: new int[64]), (p, _, table) =>
        {
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * (buildStarts[p + 1] - buildStarts[p])));
            if (table.Rows.Length < size)
            {
                table = (new ulong[size], new int[size]);
            }
            Array.Clear(table.Rows, 0, size);
            int mask = size - 1;
            // Rows are in ascending order within a partition, so the first row of a key is the one the table keeps.
            for (int i = buildStarts[p]; i < buildStarts[p + 1]; i++)
            {
                int row = buildRows[i];
                ulong hash = build.hashes[row];
                int slot = (int)(hash & (ulong)mask);
                while (table.Rows[slot] != 0 && !(table.Hashes[slot] == hash && build.At(table.Rows[slot] - 1).SequenceEqual(build.At(row))))
                {
                    slot = (slot + 1) & mask;
                }
                if (table.Rows[slot] == 0)
                {
                    table.Rows[slot] = row + 1;
                    table.Hashes[slot] = hash;
                }
            }
            for (int i = probeStarts[p]; i < probeStarts[p + 1]; i++)
            {
                int row = probeRows[i];
                ulong hash = probe.hashes[row];
                for (int slot = (int)(hash & (ulong)mask); table.Rows[slot] != 0; slot = (slot + 1) & mask)
                {
                    if (table.Hashes[slot] == hash && build.At(table.Rows[slot] - 1).SequenceEqual(probe.At(row)))
                    {
                        result[row] = table.Rows[slot] - 1;
                        break;
                    }
                }
            }
            return table;
        }, _ => { });
        return result;
    }

    /// <summary>The rows with a key, grouped by their hashes' top bits, ascending within each group.</summary>
    private static (int[] Starts, int[] Rows) Partition(KeyColumn column)
    {
        int[] starts = new int[(1 << PartitionBits) + 1];
        for (int row = 0; row < column.Count; row++)
        {
            if (column.Has(row))
            {
                starts[PartitionOf(column.hashes[row]) + 1]++;
            }
        }
        for (int p = 1; p < starts.Length; p++)
        {
            starts[p] += starts[p - 1];
        }
        int[] next = starts[..^1];
        int[] rows = new int[starts[^1]];
        for (int row = 0; row < column.Count; row++)
        {
            if (column.Has(row))
            {
                rows[next[PartitionOf(column.hashes[row])]++] = row;
            }
        }
        return (starts, rows);
    }

    private static int PartitionOf(ulong hash) => (int)(hash >> (64 - PartitionBits));

    /// <summary>FNV-1a over the characters, finished with MurmurHash3's mixer so that every bit depends on every character.</summary>
    private static ulong Hash(ReadOnlySpan<char> key)
    {
        unchecked
        {
            ulong h = 14695981039346656037;
            foreach (char c in key)
            {
                h = (h ^ c) * 1099511628211;
            }
            h = (h ^ (h >> 33)) * 0xff51afd7ed558ccd;
            h = (h ^ (h >> 33)) * 0xc4ceb9fe1a85ec53;
            return h ^ (h >> 33);
        }
    }
}
