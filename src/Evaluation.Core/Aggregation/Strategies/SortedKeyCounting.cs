using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// <summary>The bits a key keeps for the class, below the group's.</summary>
    internal static int ClassBits(int classes) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(classes - 1, 1));

    /// <summary>
    /// The rows of a range as keys that sort by group, then class (the group shifted left by <see cref="ClassBits"/>,
    /// then the class), sorted: each partition sorts its own on its processor.
    /// </summary>
    internal static ArraySegment<long> Keys(RatingBatch.Columns data, GroupLayout layout, int classes, int start, int end)
    {
        int classBits = ClassBits(classes);
        long[] keys = new long[end - start];
        for (int i = start; i < end; i++)
        {
            keys[i - start] = ((long)layout.GroupOf(i) << classBits) | (long)data.ClassAt(i);
        }
        RadixSort.Sort(keys);
        return keys;
    }

    /// <summary>
    /// The groups met, from the partitions' sorted keys of <see cref="Keys"/> read as one sorted sequence: each run of
    /// one group gives its class counts, expanded as <see cref="TallyExpansion.TallyOf"/> does; rows are then put in key
    /// order by their ranks.
    /// </summary>
    internal static AggregationResult Expand(RatingBatch.Columns data, GroupLayout layout, int classes, ArraySegment<long>[] counted, GroupCoverage coverageOf, Grouping grouping)
    {
        var keys = new SortedRuns(counted);
        int classBits = ClassBits(classes);
        long classMask = (1L << classBits) - 1;
        (int Counter, long Amount)[][] targets = TallyExpansion.Targets(data, classes);
        Func<int, long> rankOf = layout.KeyRanks();
        var ranks = new List<long>();
        var rows = new List<GroupRow>();
        int[] cells = new int[classes];
        Slab<long> slab = TallyExpansion.NewSlab();
        (int Number, ImmutableArray<string?> Codes) lastCodes = default;
        while (keys.HasNext)
        {
            long group = keys.Peek >> classBits;
            Array.Clear(cells);
            while (keys.HasNext && keys.Peek >> classBits == group)
            {
                cells[(int)(keys.Next() & classMask)]++;
            }
            int g = (int)group;
            if (TallyExpansion.TallyOf(cells, targets, slab) is RatingTally tally)
            {
                ranks.Add(rankOf(g));
                rows.Add(new GroupRow(layout.KeyOf(g, ref lastCodes), tally, coverageOf(g, cells)));
            }
        }
        // Each group has a rank of its own, so sorting by rank alone gives the one order.
        long[] rankOfRow = [.. ranks];
        GroupRow[] ordered = [.. rows];
        Array.Sort(rankOfRow, ordered);
        return new AggregationResult(grouping, ImmutableCollectionsMarshal.AsImmutableArray(ordered));
    }
}
