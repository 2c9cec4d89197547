using System;
using System.Collections.Generic;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Coverage strategy <see cref="CoverageStrategy.SortedMarks"/>: for groupings whose bitsets would be too large, each
/// marking row becomes a (group, matter) key, and the sorted keys give each group's distinct matters.
/// </summary>
internal static class SortedMarkCoverage
{
    /// <summary>
    /// The marked rows of a range as keys that sort by group, then matter, sorted: the group in the high 32 bits, the
    /// matter shifted left by one, and 1 in the lowest bit when the row marks the matter as rated. Each partition sorts its
    /// own on its processor.
    /// </summary>
    internal static ArraySegment<long> Keys(RatingBatch.Columns data, GroupLayout layout, int start, int end)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        var keys = new long[end - start];
        int count = 0;
        for (int i = start; i < end; i++)
        {
            int m = data.Matter[i];
            int mark = marks[data.ClassAt(i)];
            if (m != 0 && mark != 0)
            {
                keys[count++] = ((long)layout.GroupOf(i) << 32) | ((long)m << 1) | (mark == 2 ? 1L : 0L);
            }
        }
        RadixSort.Sort(keys.AsSpan(0, count));
        return new ArraySegment<long>(keys, 0, count);
    }

    /// <summary>Each marked group's distinct matters, read off the partitions' sorted keys of <see cref="Keys"/> as one sorted sequence.</summary>
    internal static Dictionary<int, MatterCoverage> CoverageOf(ArraySegment<long>[] marked)
    {
        var keys = new SortedRuns(marked);
        var coverage = new Dictionary<int, MatterCoverage>();
        var present = new List<int>();
        var rated = new List<int>();
        while (keys.HasNext)
        {
            int group = (int)(keys.Peek >> 32);
            present.Clear();
            rated.Clear();
            while (keys.HasNext && (int)(keys.Peek >> 32) == group)
            {
                long key = keys.Next();
                int m = (int)((key & uint.MaxValue) >> 1);
                if (present.Count == 0 || present[^1] != m)
                {
                    present.Add(m);
                }
                if ((key & 1) == 1 && (rated.Count == 0 || rated[^1] != m))
                {
                    rated.Add(m);
                }
            }
            coverage[group] = MatterCoverage.FromSorted([.. present], [.. rated]);
        }
        return coverage;
    }
}
