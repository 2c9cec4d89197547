using System;
using System.Threading.Tasks;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Coverage strategy <see cref="CoverageStrategy.BucketedMarks"/>: for groupings whose bitsets would be too large but
/// whose possible groups are few enough to count, each marking row's matter (and whether it marks it rated) is put in its
/// group's bucket by a counting sort in parts, in 4 bytes a row; each group's distinct matters are then read off its
/// bucket through one bitset of every matter per processor, which stays in cache and is cleared after each group.
/// </summary>
internal static class BucketedMarkCoverage
{
    /// <summary>The marking rows of a range counted by group: the first pass of the counting sort.</summary>
    internal static int[] Count(RatingBatch.Columns data, GroupLayout layout, int start, int end)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        var counts = new int[layout.Groups];
        for (int i = start; i < end; i++)
        {
            if (data.Matter[i] != 0 && marks[data.ClassAt(i)] != 0)
            {
                counts[layout.GroupOf(i)]++;
            }
        }
        return counts;
    }

    /// <summary>
    /// Each possible group's coverage (null for a group no row marks), from the partitions' counts by group
    /// (<see cref="Count"/>, replaced by their places): the marks are written into their buckets, then each processor
    /// takes the groups of its share of the marks.
    /// </summary>
    /// <param name="data">The batch's columns.</param>
    /// <param name="layout">The grouping's layout.</param>
    /// <param name="words">The words of a bitset of every matter.</param>
    /// <param name="bounds">The partitions' bounds in the batch.</param>
    /// <param name="countsOfPart">Each partition's counts by group.</param>
    internal static MatterCoverage?[] CoverageOf(RatingBatch.Columns data, GroupLayout layout, int words, int[] bounds, int[][] countsOfPart)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        int parts = countsOfPart.Length;
        int[] starts = BucketPlaces.Assign(countsOfPart, layout.Groups);
        var buckets = new uint[starts[^1]];
        Parallel.For(0, parts, p =>
        {
            int[] cursor = countsOfPart[p];
            for (int i = bounds[p]; i < bounds[p + 1]; i++)
            {
                int m = data.Matter[i];
                int mark = marks[data.ClassAt(i)];
                if (m != 0 && mark != 0)
                {
                    buckets[cursor[layout.GroupOf(i)]++] = ((uint)m << 1) | (mark == 2 ? 1u : 0u);
                }
            }
        });
        var coverage = new MatterCoverage?[layout.Groups];
        Parallel.For(0, parts, share =>
        {
            var slab = new Slab<ulong>(MatterCoverage.SlabBlockWords);
            Slab<int> listSlab = MatterCoverage.NewListSlab();
            var present = new ulong[words];
            var rated = new ulong[words];
            // A bit per word of the bitsets that a group's marks touched: the coverage and the clearing read only those.
            var touched = new ulong[(words + 63) >> 6];
            for (int g = BucketPlaces.FirstOfShare(starts, share, parts); g < BucketPlaces.FirstOfShare(starts, share + 1, parts); g++)
            {
                ReadOnlySpan<uint> own = buckets.AsSpan(starts[g], starts[g + 1] - starts[g]);
                if (own.IsEmpty)
                {
                    continue;
                }
                foreach (uint mark in own)
                {
                    int m = (int)(mark >> 1);
                    present[m >> 6] |= 1UL << m;
                    rated[m >> 6] |= (ulong)(mark & 1) << m;
                    touched[m >> 12] |= 1UL << (m >> 6);
                }
                coverage[g] = MatterCoverage.FromBits(present, rated, touched, slab, listSlab);
                foreach (int w in new SetBits(touched))
                {
                    present[w] = 0;
                    rated[w] = 0;
                }
                Array.Clear(touched);
            }
        });
        return coverage;
    }
}
