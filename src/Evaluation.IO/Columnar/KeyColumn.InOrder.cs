using System;
using System.Collections.Generic;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Matching keys that arrive in order. Exports number their cases and ratings as they are made, and a rating's case
/// number follows its case's, so each column's keys usually never descend; the column notes whether they do as each
/// key is added (one comparison with the key before, until the first descent), and, while they do not, finds first
/// occurrences and matches in one pass in row order, with no partitions. Keys out of order take the partitions.
/// </summary>
internal sealed partial class KeyColumn
{
    private bool descends;
    private bool hasRowWithoutKey;
    private int firstKeyRow = -1;
    private int lastKeyRow = -1;

    /// <summary>Whether the keys, rows without one aside, never descend in the ordinal order of their bytes.</summary>
    internal bool IsAscending => !descends;

    /// <summary>Notes a row's key (empty for none) as it is added.</summary>
    private void NoteOrder(int row, ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
        {
            hasRowWithoutKey = true;
            return;
        }
        descends = descends || (lastKeyRow >= 0 && At(lastKeyRow).SequenceCompareTo(key) > 0);
        firstKeyRow = firstKeyRow < 0 ? row : firstKeyRow;
        lastKeyRow = row;
    }

    /// <summary>Notes the order of another column's keys about to be appended after this column's.</summary>
    private void NoteOrderOfAppended(KeyColumn other)
    {
        descends = descends || other.descends
            || (lastKeyRow >= 0 && other.firstKeyRow >= 0 && At(lastKeyRow).SequenceCompareTo(other.At(other.firstKeyRow)) > 0);
        hasRowWithoutKey |= other.hasRowWithoutKey;
        firstKeyRow = firstKeyRow >= 0 ? firstKeyRow : other.firstKeyRow >= 0 ? Count + other.firstKeyRow : -1;
        lastKeyRow = other.lastKeyRow >= 0 ? Count + other.lastKeyRow : lastKeyRow;
    }

    /// <summary>For keys in order: each row's first row with the same key, the start of its run of equal keys; -1 for rows without a key.</summary>
    private int[] RunStarts()
    {
        int[] first = new int[Count];
        int previous = -1, runStart = -1;
        for (int row = 0; row < Count; row++)
        {
            if (!Has(row))
            {
                first[row] = -1;
                continue;
            }
            runStart = previous >= 0 && At(previous).SequenceEqual(At(row)) ? runStart : row;
            first[row] = runStart;
            previous = row;
        }
        return first;
    }

    /// <summary>
    /// For keys in order in both columns: each row's first row of <paramref name="other"/> with the same key, or -1, in
    /// one pass over both, the other column's position only moving forward.
    /// </summary>
    private int[] FindInOrder(KeyColumn other)
    {
        int[] found = new int[Count];
        int at = 0;
        for (int row = 0; row < Count; row++)
        {
            found[row] = -1;
            if (!Has(row))
            {
                continue;
            }
            ReadOnlySpan<byte> key = At(row);
            while (at < other.Count && (!other.Has(at) || other.At(at).SequenceCompareTo(key) < 0))
            {
                at++;
            }
            if (at < other.Count && other.At(at).SequenceEqual(key))
            {
                found[row] = at;
            }
        }
        return found;
    }

    /// <summary>For keys in order, every row holding one: the first row holding each of a few keys, by binary search; keys not held are left out.</summary>
    private Dictionary<string, int> FindAllInOrder(string[] keys)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            byte[] bytes = System.Text.Encoding.ASCII.GetBytes(key);
            int low = 0, high = Count;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                if (At(middle).SequenceCompareTo(bytes) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            if (low < Count && At(low).SequenceEqual(bytes))
            {
                found.Add(key, low);
            }
        }
        return found;
    }
}
