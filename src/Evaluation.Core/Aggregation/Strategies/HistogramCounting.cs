

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>Counting strategy <see cref="CountingStrategy.Histogram"/>: each row's group computed from its columns, counted in a histogram of every possible group and class.</summary>
internal static class HistogramCounting
{
    /// <summary>Counts rows <paramref name="start"/> to <paramref name="end"/> into a histogram of (group, class) cells.</summary>
    internal static void Count(RatingBatch.Columns data, GroupLayout layout, int classes, int start, int end, int[] histogram)
    {
        unchecked
        {
            for (int i = start; i < end; i++)
            {
                histogram[(layout.GroupOf(i) * classes) + data.ClassAt(i)]++;
            }
        }
    }

    internal static void Add(int[] into, int[] from)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }
}
