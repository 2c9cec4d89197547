using System;
using System.Threading;

namespace Evaluation.IO.Columnar;

/// <summary>
/// The rows of a key column that have a key, each beside the low 32 bits of its key's 64-bit hash, grouped by the
/// hash's top bits (a partition a group), ascending within each group: what keys out of order are matched in, a
/// partition at a time. A partition's rows lie in one or more pieces of <see cref="Entries"/>, one after another in row
/// order, with unused room between them.
/// </summary>
/// <remarks>
/// Partitions are written in one pass over the keys when they can be: the rows are cut into a piece for each processor,
/// and each piece writes each partition's rows into room of its own, as many as an even spread of hashes gives it and
/// eight standard deviations more, each key hashed once. Should a piece's room for a partition fill (a key repeated
/// thousands of times), the keys are counted first and written after (each hashed twice), each partition in one piece
/// with no room between.
/// </remarks>
internal sealed class KeyPartitions
{
    private readonly int[] bounds; // for each partition and each piece of it: where it starts, then where it ends

    private KeyPartitions(int bits, int pieces, KeyEntry[] entries, int[] bounds)
    {
        Bits = bits;
        Pieces = pieces;
        Entries = entries;
        this.bounds = bounds;
    }

    /// <summary>The top bits of a hash that choose its partition.</summary>
    internal int Bits { get; }

    /// <summary>The number of partitions: two to the power of <see cref="Bits"/>.</summary>
    internal int Count => 1 << Bits;

    /// <summary>The pieces each partition's rows lie in.</summary>
    internal int Pieces { get; }

    /// <summary>The rows and their hashes' low bits, partition by partition.</summary>
    internal KeyEntry[] Entries { get; }

    /// <summary>Where a piece of a partition starts in <see cref="Entries"/>.</summary>
    internal int StartOf(int partition, int piece) => bounds[2 * ((partition * Pieces) + piece)];

    /// <summary>Where a piece of a partition ends in <see cref="Entries"/>.</summary>
    internal int EndOf(int partition, int piece) => bounds[(2 * ((partition * Pieces) + piece)) + 1];

    /// <summary>The entries of a piece of a partition, ascending by row; a partition's pieces follow one another in row order.</summary>
    internal ReadOnlySpan<KeyEntry> Piece(int partition, int piece) =>
        Entries.AsSpan(StartOf(partition, piece), EndOf(partition, piece) - StartOf(partition, piece));

    /// <summary>The number of rows a partition holds.</summary>
    internal int KeysIn(int partition)
    {
        int keys = 0;
        for (int piece = 0; piece < Pieces; piece++)
        {
            keys += EndOf(partition, piece) - StartOf(partition, piece);
        }
        return keys;
    }

    /// <summary>The partition of a hash.</summary>
    internal int PartitionOf(ulong hash) => PartitionOf(hash, Bits);

    private static int PartitionOf(ulong hash, int bits) => (int)(hash >> (64 - bits));

    /// <summary>A 64-bit hash of a key's bytes (XxHash3, every bit depending on every byte), as the code columns hash their texts.</summary>
    internal static ulong Hash(ReadOnlySpan<byte> bytes) => System.IO.Hashing.XxHash3.HashToUInt64(bytes);

    /// <summary>
    /// Partitions a column's keys by <paramref name="bits"/> top bits of their hashes, on every processor: in one pass
    /// when each piece's room holds its keys, otherwise counted first.
    /// </summary>
    internal static KeyPartitions Of(KeyColumn column, int bits)
    {
        int pieceRows = Math.Max(column.PartRows, (int)((column.Count + (long)Environment.ProcessorCount - 1) / Environment.ProcessorCount));
        int pieces = Math.Max(1, (int)((column.Count + (long)pieceRows - 1) / pieceRows));
        double even = (double)Math.Min(pieceRows, column.Count) / (1 << bits); // a piece's share of each partition
        long room = (long)Math.Ceiling(even + (8 * Math.Sqrt(even))) + column.PartitionRoom;
        long length = room * pieces << bits;
        KeyEntry[]? entries = null;
        if (length <= Array.MaxLength)
        {
            entries = new KeyEntry[length];
            if (InOnePass(column, bits, pieceRows, pieces, (int)room, entries) is KeyPartitions written)
            {
                return written;
            }
        }
        return Counted(column, bits, entries);
    }

    /// <summary>
    /// The partitions written in one pass, each piece of the rows into room of its own in each partition, or null when
    /// some piece's room for some partition is too small.
    /// </summary>
    private static KeyPartitions? InOnePass(KeyColumn column, int bits, int pieceRows, int pieces, int room, KeyEntry[] entries)
    {
        int groups = 1 << bits;
        ulong mask = column.HashMask;
        int[] bounds = new int[2 * groups * pieces];
        int full = 0;
        System.Threading.Tasks.Parallel.For(0, pieces, piece =>
        {
            int start = piece * pieceRows, end = (int)Math.Min(column.Count, (long)start + pieceRows);
            int[] next = new int[groups];
            for (int p = 0; p < groups; p++)
            {
                next[p] = ((p * pieces) + piece) * room;
            }
            for (int row = start; row < end; row++)
            {
                if (column.Has(row))
                {
                    ulong hash = Hash(column.At(row)) & mask;
                    int p = PartitionOf(hash, bits);
                    int at = next[p]++;
                    if (at == (((p * pieces) + piece) * room) + room)
                    {
                        Volatile.Write(ref full, 1);
                        return;
                    }
                    entries[at] = new KeyEntry(row, unchecked((uint)hash));
                }
            }
            for (int p = 0; p < groups; p++)
            {
                int bound = 2 * ((p * pieces) + piece);
                bounds[bound] = ((p * pieces) + piece) * room;
                bounds[bound + 1] = next[p];
            }
        });
        return full == 0 ? new KeyPartitions(bits, pieces, entries, bounds) : null;
    }

    /// <summary>
    /// The partitions written after their keys are counted, each in one piece: each part of the rows counts its keys by
    /// partition, and then writes them where the parts before it end in each partition (into <paramref name="room"/>
    /// when it is long enough).
    /// </summary>
    private static KeyPartitions Counted(KeyColumn column, int bits, KeyEntry[]? room)
    {
        // Hashes are computed here, twice, rather than kept per row: 8 bytes a key the tables need not hold.
        int groups = 1 << bits;
        ulong mask = column.HashMask;
        int partRows = column.PartRows;
        int parts = (int)((column.Count + (long)partRows - 1) / partRows);
        int[] atOfPart = new int[parts * groups]; // each part's count in each group, then where it writes there
        RowParts.ForEach(column.Count, (start, end) =>
        {
            Span<int> counts = atOfPart.AsSpan((start / partRows) * groups, groups);
            for (int row = start; row < end; row++)
            {
                if (column.Has(row))
                {
                    counts[PartitionOf(Hash(column.At(row)) & mask, bits)]++;
                }
            }
        }, partRows);
        int[] bounds = new int[2 * groups];
        int at = 0;
        for (int p = 0; p < groups; p++)
        {
            bounds[2 * p] = at;
            for (int part = 0; part < parts; part++)
            {
                int count = atOfPart[(part * groups) + p];
                atOfPart[(part * groups) + p] = at;
                at += count;
            }
            bounds[(2 * p) + 1] = at;
        }
        KeyEntry[] entries = room is not null && room.Length >= at ? room : new KeyEntry[at];
        RowParts.ForEach(column.Count, (start, end) =>
        {
            Span<int> next = atOfPart.AsSpan((start / partRows) * groups, groups);
            for (int row = start; row < end; row++)
            {
                if (column.Has(row))
                {
                    ulong hash = Hash(column.At(row)) & mask;
                    entries[next[PartitionOf(hash, bits)]++] = new KeyEntry(row, unchecked((uint)hash));
                }
            }
        }, partRows);
        return new KeyPartitions(bits, 1, entries, bounds);
    }
}

/// <summary>
/// A row beside the low 32 bits of its key's hash, in one value: a partition is written as one stream, not two, and
/// a table's slot is read from one cache line.
/// </summary>
internal readonly record struct KeyEntry(int Row, uint Hash);
