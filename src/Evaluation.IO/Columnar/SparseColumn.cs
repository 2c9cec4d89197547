using System;
using System.Runtime.CompilerServices;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A column of small integers (indices into a <see cref="CommentColumn"/> or a <see cref="CodeColumn{T}"/>) that are 0
/// for most rows, kept only for the rows where they are not: 8 bytes a row that has one, nothing for one that has not,
/// against 4 bytes for every row in the row itself. Rows are added in increasing order, as a table appends them. A row's
/// value is found within its block of 1,024 rows, whose first entry is noted as entries are added (4 bytes a block), by
/// binary search among that block's entries alone: a look-up at random among millions reads a few nearby lines, not
/// twenty scattered ones.
/// </summary>
internal sealed class SparseColumn
{
    private const int BlockBits = 10;

    private int[] rows = [];
    private int[] values = [];
    private int[] blockStarts = new int[16]; // for each block up to the last row's, the index of its first entry
    private int blocks; // the blocks noted in blockStarts
    private int count;

    /// <summary>Sets a row's value; rows must come in increasing order, each once. A value of 0 is not kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Set(int row, int value)
    {
        // Most rows have none: only the rows that have one pay the call.
        if (value != 0)
        {
            Keep(row, value);
        }
    }

    private void Keep(int row, int value)
    {
        if (count > 0 && row <= rows[count - 1])
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "Rows must be set in increasing order.");
        }
        if (count == rows.Length)
        {
            int size = Math.Max(16, count * 2);
            Array.Resize(ref rows, size);
            Array.Resize(ref values, size);
        }
        int block = row >> BlockBits;
        if (block >= blocks)
        {
            if (block >= blockStarts.Length)
            {
                Array.Resize(ref blockStarts, Math.Max(block + 1, blockStarts.Length * 2));
            }
            // The blocks up to this row's without an entry start where this one's does.
            blockStarts.AsSpan(blocks, block + 1 - blocks).Fill(count);
            blocks = block + 1;
        }
        rows[count] = row;
        values[count] = value;
        count++;
    }

    /// <summary>A row's value; 0 for a row without one.</summary>
    internal int this[int row]
    {
        get
        {
            int block = row >> BlockBits;
            if (row < 0 || block >= blocks)
            {
                return 0;
            }
            int start = blockStarts[block];
            int end = block + 1 < blocks ? blockStarts[block + 1] : count;
            int at = Array.BinarySearch(rows, start, end - start, row);
            return at >= 0 ? values[at] : 0;
        }
    }

    /// <summary>Appends another column's values after this one's, its rows shifted by <paramref name="rowShift"/> and its values mapped.</summary>
    internal void AppendAll(SparseColumn other, int rowShift, int[] map)
    {
        for (int i = 0; i < other.count; i++)
        {
            Set(other.rows[i] + rowShift, map[other.values[i]]);
        }
    }
}
