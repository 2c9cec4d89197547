using System;
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
}
