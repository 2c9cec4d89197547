using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Counting strategy <see cref="CountingStrategy.SortedKeys"/>: for groupings whose possible groups and classes are too
/// many for a histogram, each row becomes a (group, class) key, and the sorted keys give the groups met.
/// </summary>
internal static class SortedKeyCounting
{
    /// <summary>The rows of a range as keys that sort by group, then class: group x classes + class.</summary>
    internal static long[] Keys(RatingBatch.Columns data, GroupLayout layout, int classes, int start, int end)
    {
        long[] keys = new long[end - start];
        for (int i = start; i < end; i++)
        {
            keys[i - start] = ((long)layout.GroupOf(i) * classes) + data.ClassAt(i);
        }
        return keys;
    }

    /// <summary>
    /// The groups met, from the sorted keys of <see cref="Keys"/>: each run of one group gives its class counts,
    /// expanded as <see cref="TallyExpansion.Expand"/> does; rows are then put in key order by their ranks.
    /// </summary>
    internal static AggregationResult Expand(RatingBatch.Columns data, GroupLayout layout, int classes, long[][] counted, Func<int, MatterCoverage> coverageOf, Grouping grouping)
    {
        long[] keys = [.. counted.SelectMany(k => k)];
        RadixSort.Sort(keys);
        (int Counter, long Amount)[][] targets = TallyExpansion.Targets(data, classes);
        Func<int, long> rankOf = layout.KeyRanks();
        var ranks = new List<long>();
        var rows = new List<GroupRow>();
        int[] cells = new int[classes];
        for (int i = 0; i < keys.Length;)
        {
            long group = keys[i] / classes;
            Array.Clear(cells);
            for (; i < keys.Length && keys[i] / classes == group; i++)
            {
                cells[(int)(keys[i] % classes)]++;
            }
            int g = (int)group;
            if (TallyExpansion.ExpandGroup(cells, targets) is long[] counts)
            {
                ranks.Add(rankOf(g));
                rows.Add(new GroupRow(layout.KeyOf(g), RatingTally.Wrap(counts), coverageOf(g)));
            }
        }
        // Each group has a rank of its own, so sorting by rank alone gives the one order.
        long[] rankOfRow = [.. ranks];
        GroupRow[] ordered = [.. rows];
        Array.Sort(rankOfRow, ordered);
        return new AggregationResult(grouping, ImmutableCollectionsMarshal.AsImmutableArray(ordered));
    }
}
