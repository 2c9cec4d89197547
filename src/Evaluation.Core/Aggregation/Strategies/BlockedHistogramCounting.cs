using System;
using System.Threading.Tasks;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Counting strategy <see cref="CountingStrategy.HistogramInBlocks"/>: a histogram of every possible group and class
/// larger than a processor's cache, counted without a wait on memory for every row. Each partition counts its rows'
/// cells by block (<see cref="BlockCells"/> cells, a cache's worth) and then writes each row's cell into its block's
/// place, a counting sort by block; the blocks are then shared among the processors, and each block's cells counted into
/// its part of one histogram, which the cache holds.
/// </summary>
internal static class BlockedHistogramCounting
{
    /// <summary>The base-2 logarithm of <see cref="BlockCells"/>.</summary>
    private const int BlockShift = 15;

    /// <summary>The cells of a block: 32,768 counters, 128 KiB.</summary>
    internal const int BlockCells = 1 << BlockShift;

    /// <summary>The histogram of rows' (group, class) cells, <c>group * classes + class</c>, the partitions' rows all counted.</summary>
    /// <param name="data">The batch's columns.</param>
    /// <param name="layout">The grouping's layout.</param>
    /// <param name="classes">The batch's classes.</param>
    /// <param name="bounds">The partitions' first rows, and after them the rows' end.</param>
    internal static int[] Count(RatingBatch.Columns data, GroupLayout layout, int classes, int[] bounds)
    {
        long cellCount = (long)layout.Groups * classes;
        int blocks = (int)((cellCount + BlockCells - 1) >> BlockShift);
        int parts = bounds.Length - 1;
        var placesOfPart = new int[parts][];
        Parallel.For(0, parts, p =>
        {
            var counts = new int[blocks];
            for (int i = bounds[p]; i < bounds[p + 1]; i++)
            {
                counts[CellOf(data, layout, classes, i) >> BlockShift]++;
            }
            placesOfPart[p] = counts;
        });
        int[] starts = BucketPlaces.Assign(placesOfPart, blocks);
        var cells = new int[starts[^1]];
        Parallel.For(0, parts, p =>
        {
            int[] next = placesOfPart[p];
            for (int i = bounds[p]; i < bounds[p + 1]; i++)
            {
                int cell = CellOf(data, layout, classes, i);
                cells[next[cell >> BlockShift]++] = cell;
            }
        });
        var histogram = new int[cellCount];
        Parallel.For(0, parts, share =>
        {
            int from = starts[BucketPlaces.FirstOfShare(starts, share, parts)];
            int to = starts[BucketPlaces.FirstOfShare(starts, share + 1, parts)];
            foreach (int cell in cells.AsSpan(from, to - from))
            {
                histogram[cell]++;
            }
        });
        return histogram;
    }

    private static int CellOf(RatingBatch.Columns data, GroupLayout layout, int classes, int i) =>
        unchecked((layout.GroupOf(i) * classes) + data.ClassAt(i));
}
