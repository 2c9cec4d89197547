using System;
using System.Collections.Generic;
using System.Linq;
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
    /// The marked rows of a range as keys that sort by group, then matter: the group in the high 32 bits, the matter
    /// shifted left by one, and 1 in the lowest bit when the row marks the matter as rated.
    /// </summary>
    internal static long[] Keys(RatingBatch.Columns data, GroupLayout layout, int start, int end)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        var keys = new List<long>();
        for (int i = start; i < end; i++)
        {
            int m = data.Matter[i];
            int mark = marks[data.ClassAt(i)];
            if (m != 0 && mark != 0)
            {
                keys.Add(((long)layout.GroupOf(i) << 32) | ((long)m << 1) | (mark == 2 ? 1L : 0L));
            }
        }
        return [.. keys];
    }

    /// <summary>Each marked group's distinct matters, read off the sorted keys of <see cref="Keys"/>.</summary>
    internal static Dictionary<int, MatterCoverage> CoverageOf(long[][] marked)
    {
        long[] keys = [.. marked.SelectMany(k => k)];
        RadixSort.Sort(keys);
        var coverage = new Dictionary<int, MatterCoverage>();
        var present = new List<int>();
        var rated = new List<int>();
        for (int i = 0; i < keys.Length;)
        {
            int group = (int)(keys[i] >> 32);
            present.Clear();
            rated.Clear();
            for (; i < keys.Length && (int)(keys[i] >> 32) == group; i++)
            {
                int m = (int)((keys[i] & uint.MaxValue) >> 1);
                if (present.Count == 0 || present[^1] != m)
                {
                    present.Add(m);
                }
                if ((keys[i] & 1) == 1 && (rated.Count == 0 || rated[^1] != m))
                {
                    rated.Add(m);
                }
            }
            coverage[group] = MatterCoverage.FromSorted([.. present], [.. rated]);
        }
        return coverage;
    }
}
