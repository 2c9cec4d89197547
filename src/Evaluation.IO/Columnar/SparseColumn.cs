using System;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A column of small integers (indices into a <see cref="CommentColumn"/> or a <see cref="CodeColumn{T}"/>) that are 0 for most rows, kept only for the rows
/// where they are not: 8 bytes a row that has one, nothing for one that has not, against 4 bytes for every row in the
/// row itself. Rows are added in increasing order, as a table appends them; a row's value is found by binary search.
/// </summary>
internal sealed class SparseColumn
{
    private int[] rows = [];
    private int[] values = [];
    private int count;

    /// <summary>Sets a row's value; rows must come in increasing order, each once. A value of 0 is not kept.</summary>
    internal void Set(int row, int value)
    {
        if (value == 0)
        {
            return;
        }
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
        rows[count] = row;
        values[count] = value;
        count++;
    }

    /// <summary>A row's value, 0 when none was set.</summary>
    internal int this[int row]
    {
        get
        {
            int at = Array.BinarySearch(rows, 0, count, row);
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
