using System;
using System.Threading.Tasks;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Counting strategy <see cref="CountingStrategy.BucketedClasses"/>: for groupings whose possible groups and classes are
/// too many for a histogram but whose possible groups are few enough to count, each row's class is put in its group's
/// bucket by a counting sort in parts, in 2 bytes a row; each group's class counts are then read off its bucket as its
/// tally is expanded, in key order.
/// </summary>
internal static class BucketedClassCounting
{
    /// <summary>The most classes a bucket's 2-byte entry can name.</summary>
    internal const int MaxClasses = ushort.MaxValue + 1;

    /// <summary>The rows of a range counted by group: the first pass of the counting sort.</summary>
    internal static int[] Count(GroupLayout layout, int start, int end)
    {
        var counts = new int[layout.Groups];
        for (int i = start; i < end; i++)
        {
            counts[layout.GroupOf(i)]++;
        }
        return counts;
    }

    /// <summary>
    /// The groups met, from the partitions' counts by group (<see cref="Count"/>, replaced by their places): each row's
    /// class is written into its group's bucket, and each group's tally expanded from its bucket's class counts.
    /// </summary>
    internal static AggregationResult Expand(RatingBatch.Columns data, GroupLayout layout, int classes, int[] bounds, int[][] countsOfPart, GroupCoverage coverageOf, Grouping grouping)
    {
        int[] starts = BucketPlaces.Assign(countsOfPart, layout.Groups);
        var buckets = new ushort[starts[^1]];
        Parallel.For(0, countsOfPart.Length, p =>
        {
            int[] cursor = countsOfPart[p];
            for (int i = bounds[p]; i < bounds[p + 1]; i++)
            {
                buckets[cursor[layout.GroupOf(i)]++] = (ushort)data.ClassAt(i);
            }
        });
        return TallyExpansion.Expand(data, layout, classes, (g, scratch) =>
        {
            Array.Clear(scratch);
            foreach (ushort c in buckets.AsSpan(starts[g], starts[g + 1] - starts[g]))
            {
                scratch[c]++;
            }
            return scratch;
        }, coverageOf, grouping);
    }
}
