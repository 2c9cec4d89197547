using System.Collections.Generic;

namespace Evaluation.IO.Columnar;

/// <summary>
/// For each row of a key column, the first row holding the same key, or -1 for a row without a key. Each row with a key
/// is its own first unless it repeats an earlier row's key, and repeats are few in an export (a row sent twice): only
/// they are held, a bit a row marking them and their first rows beside, rather than an integer for every row. A column
/// of many repeats (more than one row in <see cref="DenseBeyond"/>) holds every row's first in an array instead.
/// </summary>
internal readonly struct FirstRows
{
    /// <summary>The share of repeated rows beyond which every row's first is held: one in sixteen.</summary>
    internal const int DenseBeyond = 16;

    private readonly KeyColumn? column;
    private readonly int[]? dense;
    private readonly ulong[]? repeated;
    private readonly Dictionary<int, int>? firstOfRepeated;

    /// <summary>Every row's first, held in an array (<paramref name="dense"/>, -1 for a row without a key).</summary>
    internal FirstRows(int[] dense) => this.dense = dense;

    private FirstRows(KeyColumn? column, int[]? dense, ulong[]? repeated, Dictionary<int, int>? firstOfRepeated)
    {
        this.column = column;
        this.dense = dense;
        this.repeated = repeated;
        this.firstOfRepeated = firstOfRepeated;
    }

    /// <summary>
    /// The first rows of a column whose rows repeating an earlier key are <paramref name="repeats"/>, each with the first
    /// row of its key, in any order.
    /// </summary>
    internal static FirstRows Of(KeyColumn column, IReadOnlyCollection<(int Row, int First)> repeats)
    {
        if (repeats.Count == 0)
        {
            return new FirstRows(column, null, null, null);
        }
        if (repeats.Count > column.Count / DenseBeyond)
        {
            int[] dense = new int[column.Count];
            RowParts.ForEach(column.Count, (start, end) =>
            {
                for (int row = start; row < end; row++)
                {
                    dense[row] = column.Has(row) ? row : -1;
                }
            });
            foreach ((int row, int first) in repeats)
            {
                dense[row] = first;
            }
            return new FirstRows(dense);
        }
        ulong[] repeated = new ulong[(column.Count + 63) >> 6];
        var firstOfRepeated = new Dictionary<int, int>(repeats.Count);
        foreach ((int row, int first) in repeats)
        {
            repeated[row >> 6] |= 1UL << row;
            firstOfRepeated[row] = first;
        }
        return new FirstRows(column, null, repeated, firstOfRepeated);
    }

    /// <summary>The first row holding a row's key, or -1 when the row has none.</summary>
    internal int this[int row] =>
        dense is not null ? dense[row]
            : !column!.Has(row) ? -1
            : repeated is not null && (repeated[row >> 6] & (1UL << row)) != 0 ? firstOfRepeated![row]
            : row;
}
