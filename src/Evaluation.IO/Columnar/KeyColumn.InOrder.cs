using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Matching keys that arrive in order. Exports number their cases and ratings as they are made, and a rating's case
/// number follows its case's, so each column's keys usually never descend; the column notes whether they do as each
/// key is added (one comparison with the key before, until the first descent), and, while they do not, finds first
/// occurrences and matches in one pass in row order, with no partitions; keys that also never repeat need no pass for
/// their first occurrences at all. Keys out of order take the partitions.
/// </summary>
internal sealed partial class KeyColumn
{
    private bool descends;
    private bool repeats; // a key equal to the one before it, while none descended
    private bool hasRowWithoutKey;
    private int firstKeyRow = -1;
    private int lastKeyRow = -1;
    private int lastShortLength; // the length of the last key when it was added from its packing (AddShort), else 0
    private ulong lastHead, lastTail; // that key's first 8 bytes and last 8, big-endian: compared as its bytes are

    /// <summary>
    /// The keys a partition holds at most, when the bits allow (<see cref="PartitionBits"/>): 40,000, its table (two slots
    /// a key, 8 bytes a slot) a few hundred kilobytes, within the processor's nearest large cache; tests lower it.
    /// </summary>
    internal int KeysPerPartition { get; init; } = 40_000;

    /// <summary>
    /// The keys each piece of the rows is given room for in each partition beyond an even spread's and eight standard
    /// deviations (<see cref="KeyPartitions"/>): 16; tests lower it, so that rooms fill and keys are counted first.
    /// </summary>
    internal int PartitionRoom { get; init; } = 16;

    /// <summary>
    /// The bits of a key's hash that partitions and matching use: all of them; tests keep a few, so that keys of other
    /// text share hashes and every match, first occurrence and look-up must be settled by the keys' text.
    /// </summary>
    internal ulong HashMask { get; init; } = ulong.MaxValue;

    /// <summary>A key's 64-bit hash (<see cref="KeyPartitions.Hash"/>), of the bits <see cref="HashMask"/> keeps.</summary>
    internal ulong HashOf(ReadOnlySpan<byte> key) => KeyPartitions.Hash(key) & HashMask;

    /// <summary>The rows of each part that partitioning keys and confirming their matches cut the rows into, on every processor; tests lower it.</summary>
    internal int PartRows { get; init; } = RowParts.DefaultPartRows;

    /// <summary>The fewest rows matched in order in two halves at once rather than in one pass; tests lower it.</summary>
    internal int RowsToSplit { get; init; } = 1 << 17;

    /// <summary>Whether the keys, rows without one aside, never descend in the ordinal order of their bytes.</summary>
    internal bool IsAscending => !descends;

    /// <summary>Whether the keys, rows without one aside, ascend and never repeat: each row with a key is then the first with it.</summary>
    internal bool IsStrictlyAscending => !descends && !repeats;

    /// <summary>Notes a row's key (empty for none) as it is added.</summary>
    private void NoteOrder(int row, ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
        {
            hasRowWithoutKey = true;
            return;
        }
        if (!descends && lastKeyRow >= 0)
        {
            int order = Compare(At(lastKeyRow), key);
            descends = order > 0;
            repeats |= order == 0;
        }
        firstKeyRow = firstKeyRow < 0 ? row : firstKeyRow;
        lastKeyRow = row;
        lastShortLength = 0;
    }

    /// <summary>
    /// Notes the order of a row's key of 8 to 16 bytes, given as its first 8 bytes and its last 8, big-endian: compared
    /// in registers with the key before when that one was given so and is as long (the words then order as the bytes
    /// do, <see cref="Compare"/>), else by the bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoteOrder(int row, int length, ulong head, ulong tail)
    {
        if (!descends && lastKeyRow >= 0)
        {
            int order = lastShortLength != length ? Compare(At(lastKeyRow), At(row))
                : lastHead != head ? (lastHead < head ? -1 : 1)
                : lastTail != tail ? (lastTail < tail ? -1 : 1)
                : 0;
            descends = order > 0;
            repeats |= order == 0;
        }
        firstKeyRow = firstKeyRow < 0 ? row : firstKeyRow;
        lastKeyRow = row;
        lastShortLength = length;
        lastHead = head;
        lastTail = tail;
    }

    /// <summary>Notes the order of another column's keys about to be appended after this column's.</summary>
    private void NoteOrderOfAppended(KeyColumn other)
    {
        int order = lastKeyRow >= 0 && other.firstKeyRow >= 0 ? Compare(At(lastKeyRow), other.At(other.firstKeyRow)) : -1;
        descends = descends || other.descends || order > 0;
        repeats = repeats || other.repeats || order == 0;
        hasRowWithoutKey |= other.hasRowWithoutKey;
        firstKeyRow = firstKeyRow >= 0 ? firstKeyRow : other.firstKeyRow >= 0 ? Count + other.firstKeyRow : -1;
        if (other.lastKeyRow >= 0)
        {
            // The last key is the other column's now, in the form that column noted it.
            lastKeyRow = Count + other.lastKeyRow;
            (lastShortLength, lastHead, lastTail) = (other.lastShortLength, other.lastHead, other.lastTail);
        }
    }

    /// <summary>For keys in order: the rows repeating the key before them, each with the start of its run of equal keys.</summary>
    private FirstRows FirstRowsInOrder()
    {
        var repeats = new List<(int Row, int First)>();
        int previous = -1, runStart = -1;
        for (int row = 0; row < Count; row++)
        {
            if (!Has(row))
            {
                continue;
            }
            if (previous >= 0 && Compare(At(previous), At(row)) == 0)
            {
                repeats.Add((row, runStart));
            }
            else
            {
                runStart = row;
            }
            previous = row;
        }
        return FirstRows.Of(this, repeats);
    }

    /// <summary>
    /// For keys in order in both columns: each row's first row of <paramref name="other"/> with the same key, or -1, in
    /// one pass over both, the other column's position only moving forward. When every row of the other column has a
    /// key, the rows are cut in two halves matched at once, the second starting where a binary search puts its first key.
    /// </summary>
    private int[] FindInOrder(KeyColumn other)
    {
        int[] found = new int[Count];
        int half = Count / 2;
        if (other.hasRowWithoutKey || Count < Math.Max(2, RowsToSplit))
        {
            FindInOrder(other, found, 0, Count, 0);
            return found;
        }
        Parallel.Invoke(
            () => FindInOrder(other, found, 0, half, 0),
            () =>
            {
                int first = half;
                while (first < Count && !Has(first))
                {
                    first++;
                }
                FindInOrder(other, found, half, Count, first < Count ? other.LowerBound(At(first)) : other.Count);
            });
        return found;
    }

    /// <summary>Matches the rows from <paramref name="start"/> to <paramref name="end"/>, the other column's position starting at <paramref name="at"/>.</summary>
    private void FindInOrder(KeyColumn other, int[] found, int start, int end, int at)
    {
        PagePopulation.Populate(found, start, end - start);
        for (int row = start; row < end; row++)
        {
            found[row] = -1;
            if (!Has(row))
            {
                continue;
            }
            ReadOnlySpan<byte> key = At(row);
            while (at < other.Count)
            {
                int order = other.Has(at) ? Compare(other.At(at), key) : -1;
                if (order < 0)
                {
                    at++;
                    continue;
                }
                found[row] = order == 0 ? at : -1;
                break;
            }
        }
    }

    /// <summary>For keys in order, every row holding one: the first row whose key is not below <paramref name="key"/>, or the count.</summary>
    private int LowerBound(ReadOnlySpan<byte> key)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (Compare(At(middle), key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>
    /// The ordinal order of two keys' bytes: for keys of one length from 8 to 32 bytes, as identifiers usually are (a
    /// case number of 23 characters with its year and letters among them), in comparisons of big-endian words, each
    /// made only when the words before it are equal, the last word ending at the keys' end (it overlaps the one before
    /// when the length is not a multiple of 8, on bytes already found equal); other keys by
    /// <see cref="MemoryExtensions.SequenceCompareTo{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int length = a.Length;
        if (length == b.Length && length is >= 8 and <= 32)
        {
            for (int at = 0; at < length; at += 8)
            {
                int from = Math.Min(at, length - 8);
                ulong left = BinaryPrimitives.ReadUInt64BigEndian(a[from..]), right = BinaryPrimitives.ReadUInt64BigEndian(b[from..]);
                if (left != right)
                {
                    return left < right ? -1 : 1;
                }
            }
            return 0;
        }
        return a.SequenceCompareTo(b);
    }

    /// <summary>For keys in order, every row holding one: the first row holding each of a few keys (a key given twice found once), by binary search; keys not held are left out.</summary>
    private Dictionary<string, int> FindAllInOrder(string[] keys)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            if (BytesOf(key) is not byte[] bytes)
            {
                continue;
            }
            int low = LowerBound(bytes);
            if (low < Count && At(low).SequenceEqual(bytes))
            {
                found.TryAdd(key, low);
            }
        }
        return found;
    }
}
